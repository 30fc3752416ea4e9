/**
 * Relevance measures for one ranked list against one labelled query:
 * recall@5 (share of the relevant entries in the top five, out of at most five), reciprocal rank of the first
 * relevant entry, nDCG@5 (gain 2 for the best answer, 1 for another relevant one), whether the best answer
 * is in the top five, and whether the list is empty.
 */
export const TOP = 5;

export function measure(ranked, { relevant, best }) {
  const top = ranked.slice(0, TOP);
  const wanted = new Set(relevant);
  const found = top.filter((id) => wanted.has(id)).length;
  const first = ranked.findIndex((id) => wanted.has(id));
  const gain = (id) => (id === best ? 2 : wanted.has(id) ? 1 : 0);
  const dcg = top.reduce((sum, id, k) => sum + gain(id) / Math.log2(k + 2), 0);
  const ideal = [...relevant].map(gain).sort((a, b) => b - a).slice(0, TOP);
  const idcg = ideal.reduce((sum, g, k) => sum + g / Math.log2(k + 2), 0);
  return {
    recall: found / Math.min(wanted.size, TOP),
    rr: first < 0 ? 0 : 1 / (first + 1),
    ndcg: idcg ? dcg / idcg : 0,
    best: best ? top.includes(best) : undefined,
    zero: ranked.length === 0,
  };
}

/** Means over a list of measures. */
export function summarise(list) {
  const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);
  const withBest = list.filter((m) => m.best !== undefined);
  return {
    queries: list.length,
    recall: mean(list.map((m) => m.recall)),
    mrr: mean(list.map((m) => m.rr)),
    ndcg: mean(list.map((m) => m.ndcg)),
    bestTop5: mean(withBest.map((m) => (m.best ? 1 : 0))),
    bestQueries: withBest.length,
    zero: mean(list.map((m) => (m.zero ? 1 : 0))),
  };
}
