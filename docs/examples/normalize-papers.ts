// Normalize the papers of one export and show how each was counted: countries with the token
// they were read from, institution units, collaboration type.
// Run: npx tsx docs/examples/normalize-papers.ts [file]   (default: data-samples/methodology/data-set-c.txt)
import { collect, createNormalizer, openWos } from "../../src/index.ts";

const file = process.argv[2] ?? "data-samples/methodology/data-set-c.txt";
const { items } = await openWos(file);
const { records } = await collect(items);
const normalizeRecord = createNormalizer({ hongKongMacao: "separate", ukNations: "merge" });

for (const paper of records.map(normalizeRecord)) {
  const type =
    paper.countries.length === 0
      ? "unattributable"
      : paper.countries.length >= 3
        ? "international (multilateral)"
        : paper.countries.length === 2
          ? "international (bilateral)"
          : paper.institutions.length >= 2
            ? "domestic, multi-institution"
            : "domestic, single institution";
  console.log(`${paper.ut} ${paper.year ?? "no year"} ${paper.countries.join("+") || "-"}: ${type}`);
  for (const address of paper.addresses) {
    console.log(
      `  ${address.source} "${address.countryToken}" → ${address.country ?? "?"} (${address.orgKey})`,
    );
  }
}
