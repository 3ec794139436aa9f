// Rows of the objectives register for objectives.csv and the `objectives` sheet of coverage.xlsx: one
// row per indicator and period (each period its cadence asks for, and each summary measured), with the
// target from its rule and the status as of the build's date.
import type { Rule } from '../../schema/index.ts';
import type { Corpus } from '../corpus.ts';
import type { Graph } from '../graph.ts';
import { objectiveStatuses } from '../objectives.ts';
import type { Cell } from './rows.ts';

export const OBJECTIVE_COLUMNS = [
  'objective', 'title', 'owner', 'department', 'deadline', 'indicator', 'measure', 'unit', 'target_rule', 'comparator', 'target', 'baseline', 'baseline_period',
  'cadence', 'period', 'summary', 'due', 'value', 'state', 'record', 'stated_target', 'objective_state', 'defined_by',
] as const;

const numeric = (rule: Rule | undefined): Cell => (rule && rule.type !== 'vocabulary' ? rule.value : '');

/** One row per indicator and period of a (published) corpus, the status as of `asOf`; a record appears only when published. */
export function objectiveRows(corpus: Corpus, graph: Graph, asOf: string): Cell[][] {
  return objectiveStatuses(corpus, asOf).flatMap(({ objective: o, doc, indicators, state }) =>
    indicators.flatMap(({ indicator: ind, rule, periods }) =>
      periods.map((p) => [
        o.id, o.title, o.owner, o.department, o.deadline, ind.id, ind.measure, ind.unit, ind.target, rule?.comparator ?? '', numeric(rule),
        ind.baseline?.value ?? '', ind.baseline?.period ?? '', ind.cadence, p.period, p.asked ? '否' : '是', p.due ?? '',
        p.measurement?.data.value ?? '', p.state, p.measurement && graph.evidence.has(p.measurement.data.record) ? p.measurement.data.record : '',
        p.measurement?.data.stated_target ?? '', state, doc.id,
      ]),
    ),
  );
}
