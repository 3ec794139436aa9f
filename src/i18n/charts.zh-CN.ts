// Simplified Chinese UI strings of the charts (titles, descriptions, their data tables); zh-CN.ts spreads them in.
export const zhCNCharts = {
  'chart.data': '查看图中数据',
  'chart.total': '合计',
  'chart.chapters': '各章要求条款的覆盖状态',
  'chart.chaptersDesc': '标准第 4 至 10 章的要求条款按覆盖状态计数（截至 {date}）；点开下方数据表可查看每章的数字。',
  'chart.stages': '各生命周期阶段的证据时效',
  'chart.stagesDesc': '证明每个生命周期阶段（8.2 至 8.9 条）的证据记录数，颜色表示截至 {date} 是否仍在有效期内；没有条形的阶段在此版本中没有可见的证据。',
  'chart.findings': '各章不符合项及其处理状态',
  'chart.findingsDesc': '本版本可见的不符合项按所针对条款的章节计数（针对两章条款的计入两章），颜色表示截至 {date} 的处理状态。',
  'chart.evidence': '证据记录的形成月份与时效',
  'chart.evidenceDesc': '证据登记中的记录按形成月份计数，颜色表示截至 {date} 是否仍在有效期内。',
} as const;
