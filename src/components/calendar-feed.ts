// The words of a calendar feed (from src/i18n/) around the model's iCalendar export, for the whole
// organisation or one department.
import { orgName } from './names.ts';
import { t } from '../i18n/index.ts';
import type { UiKey } from '../i18n/index.ts';
import { toICalendar } from '../model/exports/index.ts';
import type { SiteView } from '../site/view.ts';

export function calendarFeed(view: Pick<SiteView, 'due' | 'asOf' | 'corpus'>, department: string | undefined): string {
  const org = view.corpus.org?.data;
  const items = department ? view.due.filter((i) => i.department === department) : view.due;
  const name = department ? t('due.feedDepartment', { org: org?.short_name ?? org?.name ?? '', department: orgName(org, department) }) : t('due.feed', { org: org?.short_name ?? org?.name ?? '' });
  return toICalendar(items, { name, asOf: view.asOf, words: { kind: (kind) => t(`due.kind.${kind}` as UiKey), overdue: t('due.overdueMark') } });
}
