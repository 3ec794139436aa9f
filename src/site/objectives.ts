// The objectives register as the site shows it: each published objective with its indicators, the
// target rule, every period's status as of the build's date (computed once by src/model/objectives.ts)
// and the names of its owner and department. A measurement's record is linked only when published.
import type { Org } from '../schema/index.ts';
import type { Corpus } from '../model/corpus.ts';
import type { Graph } from '../model/graph.ts';
import type { ObjectiveState, ObjectiveStatus } from '../model/objectives.ts';
import { OBJECTIVE_STATES, objectiveStatuses } from '../model/objectives.ts';

export interface ObjectiveView extends ObjectiveStatus {
  readonly ownerName: string;
  readonly departmentName: string;
  /** Records of its measurements that the build publishes (others show as a bare id). */
  readonly publishedRecords: ReadonlySet<string>;
}

/** Objectives by state, for the summary and the facet pages. */
export interface ObjectiveRegister {
  readonly objectives: readonly ObjectiveView[];
  readonly byState: Readonly<Record<ObjectiveState, number>>;
  /** Owners with their objectives' count, in the order of first appearance. */
  readonly owners: readonly { readonly id: string; readonly name: string; readonly count: number }[];
}

/** The published objectives with their status as of `asOf`. */
export function objectiveRegister(corpus: Corpus, graph: Graph, asOf: string): ObjectiveRegister {
  const org: Org | undefined = corpus.org?.data;
  const person = new Map((org?.people ?? []).map((p) => [p.id, p.name]));
  const department = new Map((org?.departments ?? []).map((d) => [d.id, d.name]));
  const objectives = objectiveStatuses(corpus, asOf).map((s): ObjectiveView => ({
    ...s,
    ownerName: person.get(s.objective.owner) ?? s.objective.owner,
    departmentName: department.get(s.objective.department) ?? s.objective.department,
    publishedRecords: new Set(s.indicators.flatMap((i) => i.periods.flatMap((p) => (p.measurement && graph.evidence.has(p.measurement.data.record) ? [p.measurement.data.record] : [])))),
  }));
  const byState = Object.fromEntries(OBJECTIVE_STATES.map((st) => [st, objectives.filter((o) => o.state === st).length])) as Record<ObjectiveState, number>;
  const owners = [...new Map(objectives.map((o) => [o.objective.owner, o.ownerName])).entries()].map(([id, name]) => ({ id, name, count: objectives.filter((o) => o.objective.owner === id).length }));
  return { objectives, byState, owners };
}
