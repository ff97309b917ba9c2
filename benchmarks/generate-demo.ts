/**
 * Writes copub's demo data set (benchmarks/generate/demo.ts) from its fixed seed, by default into
 * data-samples/demo/, where the committed set lives:
 *
 *   npm run demo-data                 # or: npx tsx benchmarks/generate-demo.ts [folder]
 */
import { mkdir } from "node:fs/promises";
import { parseArgs } from "node:util";
import { writeDemo } from "./generate/demo.ts";

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length > 1) {
  console.error("usage: generate-demo.ts [folder]   (default data-samples/demo)");
  process.exit(2);
}
const folder = positionals[0] ?? "data-samples/demo";
await mkdir(folder, { recursive: true });
for (const { path, records, bytes } of await writeDemo(folder))
  console.log(`${path}: ${records} records, ${bytes} bytes`);
