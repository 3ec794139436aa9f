// The relationship register's rules that depend on the organisation's data: which stages a class goes
// through with a gate, and from when a review falls due when there has been none.
import { expect, test } from 'vitest';
import { runChecks } from '../../src/model/checks/index.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { nextEvaluation } from '../../src/model/relationships.ts';
import { FIXTURE_AS_OF, loadFixture } from '../load-fixture.ts';

test('should ask a gate only for the stages its class goes through (org.yaml relationship_classes)', async () => {
  const corpus = await loadFixture('CB802');
  expect(runChecks(corpus, { asOf: FIXTURE_AS_OF }).filter((p) => p.code === 'CB802')).toHaveLength(1);
  // Class A here goes through selection, signing, maintenance and exit only: stage 3 needs no gate.
  corpus.org!.data.relationship_classes.push({ class: 'A', stages: [4, 5, 7, 8] });
  expect(runChecks(corpus, { asOf: FIXTURE_AS_OF }).filter((p) => p.code === 'CB802')).toEqual([]);
});

test('should count a first review from the agreement when no review and no selection gate is on record', async () => {
  const corpus = await loadFixture('relationship-valid');
  const graph = buildGraph(corpus);
  const rel = graph.docs.get('REL-001')!;
  if (rel.type !== 'relationship') throw new Error('REL-001 is a relationship');
  const rules = new Map(corpus.rules!.data.rules.map((r) => [r.id, r]));
  expect(nextEvaluation(rel.data, graph, rules)).toEqual({ due: '2026-07-15', cadence: 3, since: '2026-04-15' });
  const bare = { ...rel.data, evaluations: [], gates: rel.data.gates.filter((g) => g.stage !== 4) };
  expect(nextEvaluation(bare, graph, rules)).toEqual({ due: '2026-06-01', cadence: 3, since: '2026-03-01' });
  expect(nextEvaluation({ ...bare, contract: undefined }, graph, rules)).toEqual({ due: '2026-06-01', cadence: 3, since: '2026-03-01' });
});
