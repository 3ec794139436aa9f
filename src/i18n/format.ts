// Model values in the reader's language: a rule's value with its unit (`≥ 200 万元`, `30 分钟`, `A / B / C`).
import type { Rule } from '../schema/index.ts';
import { t } from './index.ts';
import type { UiKey } from './index.ts';

const SYMBOL = { '>=': '≥ ', '>': '> ', '<=': '≤ ', '<': '< ', '=': '' } as const;

/** A rule's value as pages, forms and the search index show it. */
export function ruleValue(rule: Rule): string {
  const bound = SYMBOL[rule.comparator];
  switch (rule.type) {
    case 'vocabulary': return rule.grades.map((g) => g.term).join(' / ');
    case 'amount': return `${bound}${rule.value} ${rule.unit}`;
    case 'duration': return `${bound}${rule.value} ${t(`rule.unit.${rule.unit}` as UiKey)}`;
    case 'percentage': return `${bound}${rule.value}%`;
    case 'score': return `${bound}${rule.decimals === undefined ? rule.value : rule.value.toFixed(rule.decimals)} ${t('rule.points')}`;
    case 'count': return `${bound}${rule.value}`;
  }
}

/** A file's size as readers see it: whole KB below a megabyte (at least 1), else MB to one decimal. */
export const fileSize = (bytes: number): string => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
