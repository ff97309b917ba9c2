// Question 3 (docs/questions/usa-partners.md): who are the USA's top ten partner countries in
// chemistry and clinical medicine, and how did Japan's rank move between 2009–2011 and 2019–2021?
// Partner shares and competition ranks (methodology §9) on the USA sample of
// data-samples/usa-partners/exports.
// Run: npx tsx docs/examples/questions/usa-partners.ts
import { countryName, loadCorpus, partners, rankMovement } from "../../../src/index.ts";

const { papers } = await loadCorpus(["data-samples/usa-partners/exports"]);
// Both windows in one table, the ranks of 2019-2021 compared with those of 2009-2011.
const table = partners(papers, {
  focal: "US",
  byField: true,
  top: 10,
  highlight: ["JP"],
  periods: "2009-2011,2019-2021",
  compare: "2009-2011",
});

const fieldNames: Record<string, string> = {
  all: "All fields",
  chem: "Chemistry",
  clin: "Clinical Medicine",
};
const cell = (row: { rank: number; partner: string; share: number } | undefined): string =>
  row === undefined
    ? ""
    : `${String(row.rank).padStart(2)}. ${countryName(row.partner).padEnd(15)} ${(row.share * 100).toFixed(1).padStart(4)}%`;

const rowsOf = (period: string, field: string) =>
  table.rows.filter((r) => r.period === period && r.field === field);
for (const field of ["all", "chem", "clin"]) {
  const group = table.groups.find((g) => g.period === "2019-2021" && g.field === field);
  const earlier = table.groups.find((g) => g.period === "2009-2011" && g.field === field);
  if (group === undefined) continue;
  const before = rowsOf("2009-2011", field).filter((r) => r.inTop);
  const after = rowsOf("2019-2021", field).filter((r) => r.inTop);
  console.log(
    `\n${fieldNames[field]}: the USA's international papers ` +
      `${earlier?.focalInternational ?? 0} in 2009-2011, ${group.focalInternational} in 2019-2021`,
  );
  console.log(`    ${"2009-2011".padEnd(28)}  2019-2021`);
  for (let i = 0; i < Math.max(before.length, after.length); i++)
    console.log(`    ${cell(before[i]).padEnd(28)}  ${cell(after[i])}`);

  const japanThen = rowsOf("2009-2011", field).find((r) => r.partner === "JP");
  const japanNow = rowsOf("2019-2021", field).find((r) => r.partner === "JP");
  if (japanNow === undefined) console.log("    Japan: no paper with the USA in 2019-2021");
  else {
    const { movement, rankChange } = rankMovement(japanThen?.rank ?? null, japanNow.rank);
    console.log(
      `    Japan: rank ${japanThen?.rank ?? "–"} → ${japanNow.rank} (${movement}` +
        `${rankChange === null || rankChange === 0 ? "" : ` ${Math.abs(rankChange)}`}), ` +
        `${japanNow.papers} papers with the USA in 2019-2021, ${japanThen?.papers ?? 0} in 2009-2011`,
    );
  }
}
