// CB931-CB937: objectives and their measurements (src/model/checks/objectives.ts).
import { didYouMean, entry } from './entry.ts';

/** Problem codes are permanent: never renumbered, never reused. */
export const OBJECTIVES_CODES = {
  CB931: entry({
    transitional: true,
    severity: 'error', title: 'Objective period without a measurement', fix: 'Add the measurement (objective, indicator, period, value, record) to content/measurements/, citing the report that states it; if the period was not measured, record why as a finding.',
    message: ({ id, indicator, periods, due, asOf, summary }: { id: string; indicator: string; periods: readonly string[]; due: string; asOf: string; summary: string | undefined }) =>
      `${id} ${indicator}: no measurement for ${periods.length === 1 ? `period ${periods[0]}` : `${periods.length} periods (${periods.join(', ')})`}, ${periods.length === 1 ? 'due' : 'the first due'} on ${due}, by ${asOf}${summary ? ` (only a summary for ${summary})` : ''}`,
    hint: ({ periods }) => `Each period of the indicator's cadence falls due after it ends (rule objective.measurement.<cadence>); add one entry per period, e.g. \`{ period: ${periods[0]}, value: …, record: EV-… }\`.`,
  }),
  CB932: entry({
    transitional: true,
    severity: 'error', title: 'Report states another target than the rule', fix: 'The target is the rule the indicator cites: correct the report (or the measurement\'s `stated_target` if it was misread); if the target has really changed, change the rule in the policy that defines it (a new version, approved as that policy says).',
    message: ({ id, indicator, period, record, stated, rule, target }: { id: string; indicator: string; period: string; record: string; stated: string; rule: string; target: string }) =>
      `${id} ${indicator} ${period}: ${record} states the target as ${stated}, rule ${rule} sets ${target}`,
  }),
  CB933: entry({
    severity: 'error', title: 'Measurement for a period outside the cadence', fix: 'Give each measurement a period of the indicator\'s cadence (or a coarser summary) within the objective\'s year, that has ended, and once only.',
    message: (a: { kind: 'finer' | 'year' | 'open'; id: string; indicator: string; period: string; cadence: string; asOf: string } | { kind: 'duplicate'; id: string; indicator: string; period: string; first: number }) =>
      a.kind === 'duplicate' ? `${a.id} ${a.indicator} ${a.period} is measured twice (first on line ${a.first})`
      : a.kind === 'finer' ? `${a.id} ${a.indicator} is measured ${a.cadence}; period ${a.period} is finer than that`
      : a.kind === 'year' ? `${a.id} ${a.indicator}: period ${a.period} lies outside the objective's year`
      : `${a.id} ${a.indicator}: period ${a.period} has not ended by ${a.asOf}`,
    hint: (a) => (a.kind === 'duplicate' ? 'Keep one measurement per indicator and period; if the value was corrected, keep the corrected one and cite the record that corrects it.' : a.kind === 'finer' ? 'Sum the finer values into the cadence\'s period, or change the cadence in the policy.' : undefined),
  }),
  CB934: entry({
    severity: 'error', title: 'Measurement cites a record that does not carry it', fix: 'Cite the record of a form or procedure the indicator lists in `source`, dated after the period ends.',
    message: (a: { kind: 'form'; id: string; indicator: string; period: string; record: string; producedBy: string; sources: readonly string[] } | { kind: 'early'; id: string; indicator: string; period: string; record: string; date: string; end: string }) =>
      a.kind === 'form' ? `${a.id} ${a.indicator} ${a.period}: ${a.record} is produced by ${a.producedBy}, not by ${a.sources.join(' or ')}`
      : `${a.id} ${a.indicator} ${a.period}: ${a.record} is dated ${a.date}, before the period ends on ${a.end}`,
    hint: (a) => (a.kind === 'form' ? 'Cite the report that states the value (for most indicators the SOP-018 performance report), or add its form to the indicator\'s `source`.' : 'A record cannot state a period\'s value before the period has ended: check the period or the record.'),
  }),
  CB935: entry({
    severity: 'error', title: 'Measurement of an unknown objective or indicator', fix: 'Use an objective id a policy\'s `objectives` defines and one of its indicator ids.',
    message: (a: { kind: 'objective'; id: string; guess: string | undefined } | { kind: 'indicator'; id: string; indicator: string; known: readonly string[]; guess: string | undefined }) =>
      a.kind === 'objective' ? `unknown objective "${a.id}"${didYouMean(a.guess)}` : `${a.id} has no indicator "${a.indicator}"${didYouMean(a.guess)}`,
    hint: (a) => (a.kind === 'objective' ? 'Objectives are set in a policy\'s frontmatter (POL-001 `objectives`) and listed on /objectives/.' : `Its indicators are: ${a.known.join(', ')}.`),
  }),
  CB936: entry({
    severity: 'error', title: 'Indicator target that cannot be judged', fix: 'Cite a rule with a number and a comparator (`>=`, `<=` …) in the indicator\'s unit.',
    message: (a: { kind: 'vocabulary' | 'no-comparator'; id: string; indicator: string; rule: string } | { kind: 'unit'; id: string; indicator: string; rule: string; unit: string; ruleUnit: string } | { kind: 'duplicate'; id: string; indicator: string }) =>
      a.kind === 'duplicate' ? `${a.id} has two indicators "${a.indicator}"`
      : a.kind === 'vocabulary' ? `${a.id} ${a.indicator}: rule ${a.rule} is a vocabulary, not a target value`
      : a.kind === 'unit' ? `${a.id} ${a.indicator} is measured in ${a.unit}, rule ${a.rule} in ${a.ruleUnit}`
      : `${a.id} ${a.indicator}: rule ${a.rule} has no comparator, so a value cannot be judged against it`,
    hint: (a) => (a.kind === 'duplicate' ? 'Give each indicator of an objective its own id; measurements cite it.' : a.kind === 'no-comparator' ? 'Add `comparator: \'>=\'` (at least) or `\'<=\'` (at most) to the rule in content/rules.yaml.' : undefined),
  }),
  CB937: entry({
    severity: 'warning', title: 'Objectives the policy\'s page does not show', fix: 'Write `::objectives` on a line of its own where the policy states its objectives; the page renders their table from the data there.',
    message: ({ id, n }: { id: string; n: number }) => `${id} sets ${n} objective${n === 1 ? '' : 's'} but its body has no \`::objectives\` line, so its page shows none of them`,
  }),
};
