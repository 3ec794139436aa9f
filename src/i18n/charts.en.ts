// English UI strings of the charts: every key of charts.zh-CN.ts.
import type { zhCNCharts } from './charts.zh-CN.ts';

export const enCharts: Record<keyof typeof zhCNCharts, string> = {
  'chart.data': 'Show the data',
  'chart.total': 'Total',
  'chart.chapters': 'Requirement clauses by chapter and coverage state',
  'chart.chaptersDesc': 'Requirement clauses of chapters 4 to 10 of the standard counted by coverage state (as of {date}); the table below gives each chapter\'s numbers.',
  'chart.stages': 'Evidence by lifecycle stage and freshness',
  'chart.stagesDesc': 'Records proving each lifecycle stage (clauses 8.2 to 8.9), coloured by whether they are still fresh on {date}; a stage without a bar has no evidence visible in this edition.',
  'chart.findings': 'Findings by chapter and state',
  'chart.findingsDesc': 'Findings visible in this edition counted by the chapter of the clauses they are against (one against two chapters counts in both), coloured by their state on {date}.',
  'chart.evidence': 'Evidence records by month and freshness',
  'chart.evidenceDesc': 'Records of the evidence register counted by the month they were made, coloured by whether they are still fresh on {date}.',
};
