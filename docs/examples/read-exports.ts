// Read every Web of Science export in a folder, whatever its format, and account for each record.
// Run: npx tsx docs/examples/read-exports.ts [folder]   (default: data-samples)
import { collect, forEachInput, formatRejection } from "../../src/index.ts";

const folder = process.argv[2] ?? "data-samples";
const skipped = await forEachInput([folder], async (path, reading) => {
  const { records, rejections, report } = await collect(reading.items);
  console.log(
    `${path}: ${reading.format}, ${report.records} records = ${report.parsed} parsed + ${report.rejected} rejected`,
  );
  for (const rejection of rejections) console.log(`  ${formatRejection(rejection)}`);
  const withYear = records.filter((r) => r.publicationYear !== null).length;
  console.log(`  ${withYear} of ${records.length} parsed records have a publication year (PY)`);
});
for (const file of skipped) console.log(`skipped ${file.path}: ${file.reason}`);
