// Display names for org ids and documents, for components that print them.
import type { Org } from '../schema/index.ts';
import type { Graph } from '../model/graph.ts';

/** Chinese name of a department or role id, or the id itself. */
export function orgName(org: Org | undefined, id: string): string {
  return org?.departments.find((d) => d.id === id)?.name ?? org?.roles.find((r) => r.id === id)?.name ?? id;
}

/** Title of a document id, or undefined when it is not on this site. */
export function docTitle(graph: Graph, id: string): string | undefined {
  return graph.docs.get(id)?.data.title;
}
