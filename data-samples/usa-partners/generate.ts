/**
 * Writes the files of this folder (see README.md) from their fixed seed:
 *
 *   npx tsx data-samples/usa-partners/generate.ts
 */
import { fileURLToPath } from "node:url";
import { writeUsaPartners } from "../../benchmarks/generate/usa-partners.ts";

for (const { path, records } of await writeUsaPartners(fileURLToPath(new URL(".", import.meta.url))))
  console.log(`${path}: ${records} records`);
