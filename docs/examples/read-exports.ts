// Read every Web of Science export in a folder, whatever its format, and account for each record.
// Run: npx tsx docs/examples/read-exports.ts [folder]   (default: data-samples)
import { collect, formatRejection, listInputFiles, openWos } from "../../src/index.ts";

const folder = process.argv[2] ?? "data-samples";
for (const { path, explicit } of await listInputFiles([folder])) {
  const reading = await openWos(path).catch((error: unknown) => {
    if (!explicit) return undefined; // a README or a CSV lying in the folder
    throw error;
  });
  if (reading === undefined) continue;
  const { records, rejections, report } = await collect(reading.items);
  console.log(
    `${path}: ${reading.format}, ${report.records} records = ${report.parsed} parsed + ${report.rejected} rejected`,
  );
  for (const rejection of rejections) console.log(`  ${formatRejection(rejection)}`);
  const withYear = records.filter((r) => r.publicationYear !== null).length;
  console.log(`  ${withYear} of ${records.length} parsed records have a publication year (PY)`);
}
