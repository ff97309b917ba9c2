// Question 1 (docs/questions/international-share.md): is the share of internationally co-authored
// papers rising? The world's share per year, then per 3-year window for the world and five
// countries, on the demo data (integer counting, articles and reviews; methodology §5 and §6).
// Run: npx tsx docs/examples/questions/international-share.ts
import { collaborationIndicators, countryName, loadCorpus } from "../../../src/index.ts";

const { papers } = await loadCorpus(["data-samples/demo"]);
const percent = (share: number | null): string => (share === null ? "–" : `${(share * 100).toFixed(1)}%`);

// One row per country and publication year (the default periods).
const byYear = collaborationIndicators(papers);
console.log("World, by year   papers  international  share");
for (const row of byYear.rows.filter((r) => r.country === "WORLD"))
  console.log(
    `${row.period.padEnd(14)} ${String(row.papers).padStart(8)} ${String(row.international).padStart(14)}  ${percent(row.internationalShare).padStart(5)}`,
  );

// Fixed windows: counts are yearly averages, the share is the ratio of the window's sums.
const labels = ["2006-2008", "2011-2013", "2021-2023"];
const byWindow = collaborationIndicators(papers, { periods: labels.join(",") });
console.log(`\nShare international  ${labels.map((l) => l.padStart(9)).join("  ")}`);
for (const country of ["WORLD", "US", "CN", "JP", "DE", "GB"]) {
  const shares = labels.map((period) => {
    const row = byWindow.rows.find((r) => r.country === country && r.period === period);
    return percent(row?.internationalShare ?? null).padStart(9);
  });
  console.log(`${(country === "WORLD" ? "World" : countryName(country)).padEnd(19)}  ${shares.join("  ")}`);
}

const world = (period: string) => byWindow.rows.find((r) => r.country === "WORLD" && r.period === period);
const [first, last] = [world("2006-2008"), world("2021-2023")];
if (first?.internationalShare != null && last?.internationalShare != null)
  console.log(
    `\nThe world's share rose from ${percent(first.internationalShare)} to ${percent(last.internationalShare)} ` +
      `(+${((last.internationalShare - first.internationalShare) * 100).toFixed(1)} points); ` +
      `${byYear.unattributed.reduce((n, u) => n + u.unattributed, 0)} papers without an address count in no country.`,
  );
