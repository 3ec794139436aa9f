// Display names for org ids and documents, for components that print them.
import { t } from '../i18n/index.ts';
import type { UiKey } from '../i18n/index.ts';
import type { Org } from '../schema/index.ts';
import type { Graph } from '../model/graph.ts';
import type { FacetName } from '../model/facets.ts';

/** Chinese name of a department or role id, or the id itself. */
export function orgName(org: Org | undefined, id: string): string {
  return org?.departments.find((d) => d.id === id)?.name ?? org?.roles.find((r) => r.id === id)?.name ?? id;
}

/** Name of a person id from org.yaml, or the id itself. */
export function personName(org: Org | undefined, id: string): string {
  return org?.people.find((p) => p.id === id)?.name ?? id;
}

/** Title of a document id, or undefined when it is not on this site. */
export function docTitle(graph: Graph, id: string): string | undefined {
  return graph.docs.get(id)?.data.title;
}

/** Label of a facet value: department name, status name, `阶段 4`, or `8.5 合作伙伴筛选`. */
export function facetLabel(name: FacetName, value: string, org: Org | undefined, graph: Graph): string {
  switch (name) {
    case 'department':
      return orgName(org, value);
    case 'status':
      return t(`status.${value}` as UiKey);
    case 'stage':
      return `${t('home.stage')} ${value}`;
    case 'clause': {
      const clause = [...graph.clauses.values()].find((c) => c.id === value);
      return clause ? `${value} ${clause.title_zh}` : value;
    }
    case 'class':
      return t('relationship.class', { cls: value });
    case 'partner-type':
      return org?.relationship_types.find((r) => r.id === value)?.name ?? value;
  }
}
