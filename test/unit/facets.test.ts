// Facets drive the filter pages and search filters: departments, status, stages and clauses.
import { expect, test } from 'vitest';
import { validDocs } from '../../src/model/corpus.ts';
import { documentFacets, facetCounts, filterByFacet } from '../../src/model/facets.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { loadFixture } from '../load-fixture.ts';

const corpus = await loadFixture('valid');
const graph = buildGraph(corpus);
const docs = validDocs(corpus);

test('should derive lifecycle stages from the clauses a document implements', () => {
  expect(documentFacets(graph.docs.get('SOP-001')!, graph)).toEqual({ departments: ['scm'], status: 'approved', stages: [4], clauses: ['8.5'], classes: [], partnerTypes: [] });
  expect(documentFacets(graph.docs.get('POL-001')!, graph).stages).toEqual([4]);
});

test('should count facet values and filter by them', () => {
  expect(facetCounts(docs, graph, 'clause')).toEqual([{ value: '4.1', count: 1 }, { value: '8.5', count: 3 }]);
  expect(filterByFacet(docs, graph, 'department', 'cmo').map((d) => d.id)).toEqual(['POL-001']);
});

test("should give a relationship its current stage, its class and its partner type, not its clauses' stages", async () => {
  const { loadFixture } = await import('../load-fixture.ts');
  const { buildGraph } = await import('../../src/model/graph.ts');
  const relGraph = buildGraph(await loadFixture('relationship-valid'));
  expect(documentFacets(relGraph.docs.get('REL-001')!, relGraph)).toMatchObject({ stages: [6], clauses: ['8.6'], classes: ['A'], partnerTypes: ['technology-supplier'] });
  expect(facetCounts([...relGraph.docs.values()], relGraph, 'class')).toEqual([{ value: 'A', count: 1 }]);
});
