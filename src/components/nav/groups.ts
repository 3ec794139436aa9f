// What the site's navigation lists, in groups: a build's own pages only (a profile that publishes no
// relationship has no register page). One list for the sidebar and the phone menu.
import { t } from '../../i18n/index.ts';
import type { StageView } from '../../site/view.ts';

export interface NavItem { readonly href: string; readonly label: string }
export interface NavGroup { readonly id: string; readonly label: string; readonly items: readonly NavItem[] }

const item = (href: string, label: string): NavItem => ({ href, label });

export function navGroups(stages: readonly StageView[], counts: Readonly<Record<string, number>>): NavGroup[] {
  return [
    { id: 'documents', label: t('nav.group.documents'), items: [
      item('/policies/', t('type.policy.plural')),
      item('/sops/', t('type.sop.plural')),
      item('/templates/', t('type.template.plural')),
      item('/cases/', t('type.case.plural')),
      ...((counts.relationship ?? 0) > 0 ? [item('/relationships/', t('type.relationship.plural'))] : []),
    ] },
    { id: 'stages', label: t('nav.stages'), items: stages.map((s) => item(`/stages/${s.stage}/`, `${s.stage} ${s.clause.title}`)) },
    { id: 'registers', label: t('nav.group.registers'), items: [
      item('/evidence/', t('nav.evidence')),
      item('/findings/', t('finding.register')),
      item('/risks/', t('risk.register')),
      item('/objectives/', t('objective.register')),
      item('/competence/', t('competence.register')),
      item('/due/', t('due.title')),
      item('/reviews/', t('nav.reviews')),
    ] },
    { id: 'standard', label: t('nav.group.standard'), items: [
      item('/clauses/', t('nav.clauses')),
      item('/coverage/', t('nav.coverage')),
      item('/rules/', t('nav.rules')),
      item('/glossary/', t('nav.glossary')),
      item('/guide/', t('nav.guide')),
    ] },
  ];
}
