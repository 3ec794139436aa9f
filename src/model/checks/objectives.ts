// CB931-CB937: objectives and their measurements. Every period an indicator's cadence asks for is
// measured once it falls due (CB931); a report states the target the rule sets (CB932); a measurement
// has a period of the cadence, within the year, ended, once (CB933), cites a record of the indicator's
// sources dated after the period (CB934), and names a known objective and indicator (CB935); a target
// is a rule a value can be judged against (CB936); a policy that sets objectives shows them (CB937). People, departments, documents and records reuse
// CB105-CB107; an objective id used twice is CB102.
import type { Rule } from '../../schema/index.ts';
import { locate } from '../locate.ts';
import { fitsCadence, indicatorStatus, objectivesOf, periodEnd, validMeasurements } from '../objectives.ts';
import { problem } from '../problem.ts';
import type { Problem } from '../problem.ts';
import { suggest } from '../suggest.ts';
import type { CheckContext } from './context.ts';

const RULE_UNITS: Partial<Record<string, string>> = { percentage: '%', score: '分', hours: '小时', minutes: '分钟', days: '天', working_days: '个工作日', weeks: '周', months: '个月' };

/** The unit a rule's value is written in, to compare with an indicator's; undefined for a count. */
function ruleUnit(rule: Rule): string | undefined {
  if (rule.type === 'amount') return rule.unit;
  if (rule.type === 'duration') return RULE_UNITS[rule.unit];
  return RULE_UNITS[rule.type];
}

export function checkObjectives({ corpus, graph, asOf }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const rules = new Map<string, Rule>((corpus.rules?.data.rules ?? []).map((r) => [r.id, r]));
  const people = new Set((corpus.org?.data.people ?? []).map((p) => p.id));
  const objectives = objectivesOf(corpus);
  const measurements = validMeasurements(corpus);
  const byId = new Map<string, (typeof objectives)[number]>();
  for (const doc of new Set(objectives.map((o) => o.doc))) {
    if (!doc.body.directives.some((d) => d.name === 'objectives' && d.kind === 'leaf')) problems.push(problem('CB937', locate(doc.source, ['objectives'], { key: true }), { id: doc.id, n: doc.type === 'policy' ? doc.data.objectives.length : 0 }));
  }
  for (const entry of objectives) {
    const { objective: o, doc, index } = entry;
    const at = (...path: (string | number)[]) => locate(doc.source, ['objectives', index, ...path]);
    const first = byId.get(o.id);
    if (first) problems.push(problem('CB102', at('id'), { id: o.id, first: `${first.doc.file}:${locate(first.doc.source, ['objectives', first.index, 'id']).line}` }));
    else byId.set(o.id, entry);
    if (!people.has(o.owner)) problems.push(problem('CB105', at('owner'), { kind: 'person', id: o.owner, guess: suggest(o.owner, people) }));
    if (!graph.departments.has(o.department)) problems.push(problem('CB105', at('department'), { kind: 'department', id: o.department, guess: suggest(o.department, graph.departments) }));
    const seen = new Set<string>();
    o.indicators.forEach((ind, j) => {
      if (seen.has(ind.id)) problems.push(problem('CB936', at('indicators', j, 'id'), { kind: 'duplicate', id: o.id, indicator: ind.id }));
      seen.add(ind.id);
      ind.source.forEach((id, k) => {
        if (!graph.docIds.has(id)) problems.push(problem('CB106', at('indicators', j, 'source', k), { kind: 'unknown', id, field: 'source', guess: suggest(id, graph.docIds) }));
      });
      if (ind.baseline?.record && !graph.evidenceIds.has(ind.baseline.record)) problems.push(problem('CB107', at('indicators', j, 'baseline', 'record'), { id: ind.baseline.record, guess: suggest(ind.baseline.record, graph.evidenceIds) }));
      // An unknown target rule is CB601 (the target is a citation); a known one must be judgeable.
      const rule = rules.get(ind.target);
      if (rule) {
        const place = at('indicators', j, 'target');
        const unit = ruleUnit(rule);
        if (rule.type === 'vocabulary') problems.push(problem('CB936', place, { kind: 'vocabulary', id: o.id, indicator: ind.id, rule: rule.id }));
        else if (rule.comparator === '=' && rule.type !== 'count') problems.push(problem('CB936', place, { kind: 'no-comparator', id: o.id, indicator: ind.id, rule: rule.id }));
        else if (unit && unit !== ind.unit) problems.push(problem('CB936', at('indicators', j, 'unit'), { kind: 'unit', id: o.id, indicator: ind.id, rule: rule.id, unit: ind.unit, ruleUnit: unit }));
      }
      // CB931: the periods due without a measurement, one problem per indicator.
      const status = indicatorStatus(o, ind, measurements, rules, asOf);
      if (status.gaps.length) {
        const summary = status.periods.filter((p) => !p.asked && p.measurement).map((p) => p.period).join(', ') || undefined;
        problems.push(problem('CB931', at('indicators', j), { id: o.id, indicator: ind.id, periods: status.gaps.map((g) => g.period), due: status.gaps[0]!.due!, asOf, summary }));
      }
    });
  }
  // Measurements: known objective and indicator, a period of its cadence, once, a record that carries it.
  const firstLine = new Map<string, number>();
  for (const m of measurements) {
    const d = m.data;
    const at = (...path: (string | number)[]) => locate(m.source, path);
    const entry = byId.get(d.objective);
    if (!entry) {
      problems.push(problem('CB935', at('objective'), { kind: 'objective', id: d.objective, guess: suggest(d.objective, new Set(byId.keys())) }));
      continue;
    }
    const o = entry.objective;
    const ind = o.indicators.find((i) => i.id === d.indicator);
    if (!ind) {
      const known = o.indicators.map((i) => i.id);
      problems.push(problem('CB935', at('indicator'), { kind: 'indicator', id: o.id, indicator: d.indicator, known, guess: suggest(d.indicator, new Set(known)) }));
      continue;
    }
    const line = at('period').line;
    const first = firstLine.get(m.id);
    if (first !== undefined) problems.push(problem('CB933', at('period'), { kind: 'duplicate', id: o.id, indicator: ind.id, period: d.period, first }));
    else firstLine.set(m.id, line);
    const base = { id: o.id, indicator: ind.id, period: d.period, cadence: ind.cadence, asOf };
    const end = periodEnd(o, ind, d.period);
    if (d.period.slice(0, 4) !== o.deadline.slice(0, 4)) problems.push(problem('CB933', at('period'), { kind: 'year', ...base }));
    else if (fitsCadence(d.period, ind.cadence) === 'finer') problems.push(problem('CB933', at('period'), { kind: 'finer', ...base }));
    else if (end >= asOf) problems.push(problem('CB933', at('period'), { kind: 'open', ...base }));
    const record = graph.evidence.get(d.record);
    if (!record) problems.push(problem('CB107', at('record'), { id: d.record, guess: suggest(d.record, graph.evidenceIds) }));
    else if (!ind.source.includes(record.data.produced_by)) problems.push(problem('CB934', at('record'), { kind: 'form', id: o.id, indicator: ind.id, period: d.period, record: d.record, producedBy: record.data.produced_by, sources: ind.source }));
    else if (record.data.date < end) problems.push(problem('CB934', at('record'), { kind: 'early', id: o.id, indicator: ind.id, period: d.period, record: d.record, date: record.data.date, end }));
    // CB932: the target the report states beside the value is the rule's.
    const rule = rules.get(ind.target);
    if (d.stated_target !== undefined && rule && rule.type !== 'vocabulary' && d.stated_target !== rule.value) {
      const sign = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '' }[rule.comparator];
      const u = ind.unit === '%' ? '%' : ` ${ind.unit}`;
      problems.push(problem('CB932', at('stated_target'), { id: o.id, indicator: ind.id, period: d.period, record: d.record, stated: `${sign}${d.stated_target}${u}`, rule: rule.id, target: `${sign}${rule.value}${u}` }));
    }
  }
  return problems;
}
