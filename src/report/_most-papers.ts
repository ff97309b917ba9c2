/**
 * The countries a report shows: those with the most papers in scope under integer counting, all
 * years together, ties by country key so the choice never depends on the order of the papers. It
 * chooses rows to display and the default focal country; the counts it ranks by are not an
 * indicator of their own (the collaboration table reports papers per period).
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import type { CorpusPaper } from "../corpus/corpus-paper.ts";
import type { ShownCountry } from "../output/report-content.ts";

/**
 * The `count` countries with the most papers, most first, ties by key in code-unit order.
 * @param papers - in-scope papers, e.g. `corpus.papers`
 * @param count - how many countries at most; fewer when the papers have fewer countries
 * @example
 * // Data set C (docs/methodology.md §4.5): JP 6, US 2, then CN, DE, FR, GB 1 each
 * mostPapers(corpus.papers, 3) // → [{ country: "JP", papers: 6 }, { country: "US", papers: 2 }, { country: "CN", papers: 1 }]
 */
export function mostPapers(papers: Iterable<Pick<CorpusPaper, "countries">>, count: number): ShownCountry[] {
  const counts = new Map<string, number>();
  for (const paper of papers)
    for (const country of paper.countries) counts.set(country, (counts.get(country) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || compareCodeUnits(a, b))
    .slice(0, count)
    .map(([country, papers]) => ({ country, papers }));
}
