// The facets the findings register filters by (pre-rendered pages): state and grade.
import type { FindingView } from '../../site/view.ts';

export const FINDING_FACETS = { state: (f: FindingView) => f.status.state, grade: (f: FindingView) => f.entry.data.grade } as const;
export type FindingFacet = keyof typeof FINDING_FACETS;
