// The facets the objectives register filters by (pre-rendered pages): status and owner.
import type { ObjectiveView } from '../../site/view.ts';

export const OBJECTIVE_FACETS = { state: (o: ObjectiveView) => o.state, owner: (o: ObjectiveView) => o.objective.owner } as const;
export type ObjectiveFacet = keyof typeof OBJECTIVE_FACETS;
