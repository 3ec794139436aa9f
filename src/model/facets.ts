// Facets of a document for indexes, filters and search: departments, status, lifecycle stages, clauses;
// a relationship's class and partner type.
import { DOC_TYPE_NAMES } from '../schema/index.ts';
import type { DocType, DocumentStatus } from '../schema/index.ts';
import type { ValidDoc } from './corpus.ts';
import type { Graph } from './graph.ts';

export interface Facets {
  /** Owner first, then the other departments involved. */
  readonly departments: readonly string[];
  readonly status: DocumentStatus;
  /** Lifecycle stages 1-8 of the clauses it implements. */
  readonly stages: readonly number[];
  /** Clause ids without the standard key, e.g. `8.5`. */
  readonly clauses: readonly string[];
  /** A relationship's class (A/B/C) and partner type; empty for other documents. */
  readonly classes: readonly string[];
  readonly partnerTypes: readonly string[];
}

export const FACET_NAMES = ['department', 'status', 'stage', 'clause', 'class', 'partner-type'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/**
 * Facets whose values share one page per document type, a section per value (`/sops/clause/#v-8.5`):
 * a page per clause or stage repeated what `/clauses/<id>/` and `/stages/<n>/` show, for a fifth of
 * the handbook's pages. The other facets keep a page per value.
 */
export const FOLDED_FACETS: readonly FacetName[] = ['clause', 'stage'];

/** Where a facet value's documents of one type are listed: its section of the folded page, or its own page. */
export function facetHref(folder: string, name: FacetName, value: string): string {
  return FOLDED_FACETS.includes(name) ? `/${folder}/${name}/#${facetAnchor(value)}` : `/${folder}/${name}/${value}/`;
}

/** The id of a value's section on a folded page. */
export const facetAnchor = (value: string) => `v-${value}`;

/** A type's documents in id order: what its index and its filter pages list. */
export function docsOfType(graph: Graph, type: DocType): ValidDoc[] {
  return [...graph.docs.values()].filter((d) => d.type === type).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** Each type's facets with the values its documents take: what the filter pages are made from. */
export function facetsByType(graph: Graph): { type: DocType; facet: FacetName; values: { value: string; count: number }[] }[] {
  return DOC_TYPE_NAMES.flatMap((type) => {
    const docs = docsOfType(graph, type);
    return FACET_NAMES.map((facet) => ({ type, facet, values: facetCounts(docs, graph, facet) }));
  });
}

/** The facets of one document. */
export function documentFacets(doc: ValidDoc, graph: Graph): Facets {
  // A relationship is at one stage; another document belongs to the stages of the clauses it implements.
  const stages = new Set<number>(doc.type === 'relationship' ? [doc.data.stage] : []);
  for (const ref of doc.type === 'relationship' ? [] : doc.data.clauses) {
    const stage = graph.clauses.get(ref)?.stage;
    if (stage) stages.add(stage);
  }
  return {
    departments: [...new Set([doc.data.owner, ...doc.data.departments])],
    status: doc.data.status,
    stages: [...stages].sort((a, b) => a - b),
    clauses: doc.data.clauses.map((ref) => ref.slice(ref.indexOf(':') + 1)),
    classes: doc.type === 'relationship' ? [doc.data.class] : [],
    partnerTypes: doc.type === 'relationship' ? [doc.data.partner.type] : [],
  };
}

/** The values a facet takes for one document, as strings. */
export function facetValues(facets: Facets, name: FacetName): string[] {
  switch (name) {
    case 'department':
      return [...facets.departments];
    case 'status':
      return [facets.status];
    case 'stage':
      return facets.stages.map(String);
    case 'clause':
      return [...facets.clauses];
    case 'class':
      return [...facets.classes];
    case 'partner-type':
      return [...facets.partnerTypes];
  }
}

/** Every value of a facet over some documents, with how many documents carry it, in first-seen order sorted naturally. */
export function facetCounts(docs: readonly ValidDoc[], graph: Graph, name: FacetName): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const value of facetValues(documentFacets(doc, graph), name)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value, 'en', { numeric: true }));
}

/** Documents of a list that carry a facet value. */
export function filterByFacet(docs: readonly ValidDoc[], graph: Graph, name: FacetName, value: string): ValidDoc[] {
  return docs.filter((doc) => facetValues(documentFacets(doc, graph), name).includes(value));
}
