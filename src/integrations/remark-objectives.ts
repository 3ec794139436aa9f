// Remark plugin (after remark-directive, before remark-rules): `::objectives` in a policy's body becomes
// the table of the objectives its frontmatter sets (objectives register), so each value is written once:
// targets from content/rules.yaml, the rest from the policy's `objectives`. Anywhere else it is left for
// remark-rules to put back as text (and `check` reports it, CB606).
import type { PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { ruleValue } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import type { UiKey } from '../i18n/index.ts';
import { published as publishedContent } from '../site/index.ts';
import { documentOfFile } from './published-lookup.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, value: string, title?: string): PhrasingContent => ({ type: 'link', url, title: title ?? null, children: [text(value)] });
const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
const joined = (parts: PhrasingContent[][], sep: string): PhrasingContent[] => parts.flatMap((p, i) => (i ? [text(sep), ...p] : p));

export default function remarkObjectives() {
  return async (tree: Root, file: VFile) => {
    const { published } = await publishedContent();
    const doc = documentOfFile(published, file.path);
    if (!doc || doc.type !== 'policy' || !doc.data?.objectives.length) return;
    const rules = new Map((published.corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
    const org = published.corpus.org?.data;
    const person = new Map((org?.people ?? []).map((p) => [p.id, p.name]));
    const department = new Map((org?.departments ?? []).map((d) => [d.id, d.name]));
    const unit = (u: string) => (u === '%' ? '%' : ` ${u}`);
    const head = ['objective.one', 'objective.tableIndicator', 'objective.deadline', 'objective.owner', 'objective.source'] as const;
    const rows: TableRow[] = [
      { type: 'tableRow', children: head.map((k) => cell([text(t(k))])) },
      ...doc.data.objectives.map((o): TableRow => ({
        type: 'tableRow',
        children: [
          cell([link(`/objectives/#${o.id}`, o.title, o.id)]),
          cell(joined(o.indicators.map((ind) => {
            const rule = rules.get(ind.target);
            const baseline = ind.baseline ? [text(t('objective.tableBaseline', { value: `${ind.baseline.value}${unit(ind.unit)}`, period: ind.baseline.period }))] : [];
            return [text(`${ind.measure} `), rule ? link(`/rules/#${rule.id}`, ruleValue(rule), rule.label) : text(`${ind.target}（${t('doc.withheld')}）`), ...baseline];
          }), t('punct.semicolon'))),
          cell([text(`${o.deadline}${t('punct.comma')}${[...new Set(o.indicators.map((ind) => t(`objective.cadence.${ind.cadence}` as UiKey)))].join(t('punct.list'))}${t('objective.tableMeasured')}`)]),
          cell([text(`${person.get(o.owner) ?? o.owner}（${department.get(o.department) ?? o.department}）`)]),
          cell(joined([...new Set(o.indicators.flatMap((ind) => ind.source))].map((id) => [link(`/id/${id}/`, id)]), t('punct.list'))),
        ],
      })),
    ];
    const table: Table = { type: 'table', align: head.map(() => null), children: rows };
    visit(tree, 'leafDirective', (node, index, parent) => {
      if (!parent || index === undefined || (node as { name: string }).name !== 'objectives') return;
      (parent.children as RootContent[])[index] = table;
      return [SKIP, index + 1];
    });
  };
}
