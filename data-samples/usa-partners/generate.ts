/**
 * Writes the exports of this folder's exports/ (see README.md) from their fixed seed:
 *
 *   npx tsx data-samples/usa-partners/generate.ts
 */
import { fileURLToPath } from "node:url";
import { writeUsaPartners } from "../../benchmarks/generate/usa-partners.ts";

for (const { path, records } of await writeUsaPartners(fileURLToPath(new URL("exports/", import.meta.url))))
  console.log(`${path}: ${records} records`);
