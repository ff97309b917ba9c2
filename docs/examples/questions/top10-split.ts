// Question 2 (docs/questions/top10-split.md): are a country's highly cited papers domestic or
// international? Adjusted Top10% papers (methodology §8.3) split by collaboration type, on the demo
// data taken as the whole world (`reference: "corpus"`, §8.1), integer counting, 2019–2021.
// Run: npx tsx docs/examples/questions/top10-split.ts
import { countryName, loadCorpus, topCited } from "../../../src/index.ts";

const { papers } = await loadCorpus(["data-samples/demo"]);
const table = topCited(papers, {
  reference: "corpus",
  periods: "2019-2021",
});

const number = (value: number): string => value.toFixed(2).padStart(8);
const percent = (share: number | null): string => (share === null ? "–" : `${(share * 100).toFixed(1)}%`);
console.log("2019-2021          papers  Top10%  domestic  internat.  intl part  Q value");
for (const country of ["WORLD", "US", "CN", "GB", "DE", "JP"]) {
  const row = table.rows.find((r) => r.country === country);
  if (row === undefined) continue;
  console.log(
    `${(country === "WORLD" ? "World" : countryName(country)).padEnd(15)} ${number(row.papers)}${number(row.top)}` +
      `${number(row.topDomestic)}${number(row.topInternational)}   ${percent(row.top === 0 ? null : row.topInternational / row.top).padStart(8)}` +
      `  ${percent(row.topShareOfPapers).padStart(7)}`,
  );
}
console.log(`notices: ${table.notices.map((n) => n.code).join(", ") || "none"}`);
