/**
 * Writes one synthetic WoS export from the command line, for trying copub on data of any size
 * without shipping data:
 *
 *   npx tsx benchmarks/generate-export.ts --format plain --records 100000 --seed 1 savedrecs.txt
 *
 * Options: `--format plain|tab|xml` (default plain), `--records N` (default 1000), `--seed N`
 * (default 1), `--hyper-authored-share X`, `--early-access-share X`, `--no-cited-references`.
 */
import { parseArgs } from "node:util";
import type { WosFormat } from "../src/read/read-item.ts";
import { DEFAULT_PAPER_OPTIONS } from "./generate/paper.ts";
import { writeSyntheticExport } from "./generate/write.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: "string", default: "plain" },
    records: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    "hyper-authored-share": { type: "string", default: String(DEFAULT_PAPER_OPTIONS.hyperAuthoredShare) },
    "early-access-share": { type: "string", default: String(DEFAULT_PAPER_OPTIONS.earlyAccessShare) },
    "no-cited-references": { type: "boolean", default: false },
  },
});
const [path] = positionals;
if (path === undefined || !["plain", "tab", "xml"].includes(values.format)) {
  console.error("usage: generate-export.ts [--format plain|tab|xml] [--records N] [--seed N] <file>");
  process.exit(2);
}
const started = process.hrtime.bigint();
const written = await writeSyntheticExport(path, {
  format: values.format as WosFormat,
  records: Number(values.records),
  seed: Number(values.seed),
  hyperAuthoredShare: Number(values["hyper-authored-share"]),
  earlyAccessShare: Number(values["early-access-share"]),
  citedReferences: !values["no-cited-references"],
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`${written.path}: ${written.records} records, ${written.bytes} bytes in ${seconds.toFixed(1)} s`);
