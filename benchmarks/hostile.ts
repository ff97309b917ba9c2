/**
 * `npm run bench:hostile`: the hostile inputs of issue 18, each read by `openWos` + `tally` (the
 * AU cases by `loadCorpus`, which normalizes them too) in a fresh child process that reports its
 * time and peak memory (maxRSS), for docs/reliability.md.
 * Never run by the tests (no timing is ever asserted). The inputs are written to a temporary
 * folder and removed afterwards.
 *
 *   npm run bench:hostile            the cases at the sizes of the issue, but a 200 MiB line
 *   npm run bench:hostile -- --full  the 600 MiB line too (600 MB of disk for a minute)
 *   npm run bench:hostile -- --timeout 120   stop a case after 120 s (default 300)
 *   npm run bench:hostile -- --only AU       the cases whose name holds "AU"
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createGzip, gzipSync } from "node:zlib";
import { loadCorpus } from "../src/corpus/load-corpus.ts";
import { tally } from "../src/read/collect.ts";
import { openWos } from "../src/read/open-wos.ts";

const { values } = parseArgs({
  options: {
    full: { type: "boolean", default: false },
    timeout: { type: "string", default: "300" },
    only: { type: "string" },
    child: { type: "string" },
    corpus: { type: "boolean", default: false },
  },
});

/** In a child: read one file and send back what it cost. */
if (values.child !== undefined) {
  const started = performance.now();
  let outcome: string;
  try {
    const report = values.corpus
      ? (await loadCorpus([values.child])).accounting
      : (await tally((await openWos(values.child)).items)).report;
    outcome = `${report.records} records, ${report.parsed} parsed, ${report.rejected} rejected`;
  } catch (error) {
    outcome = `error ${(error as { code?: string }).code ?? (error as Error).message}`;
  }
  process.send?.({
    seconds: (performance.now() - started) / 1000,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    outcome,
  });
  process.exit(0);
}

const MiB = 1024 * 1024;
const folder = mkdtempSync(join(tmpdir(), "copub-hostile-"));

const REC_HEAD =
  '<records><REC><UID>WOS:000000000000001</UID><static_data><summary><pub_info pubyear="2020"/><titles><title type="item">';
const REC_TAIL = "</title></titles></summary></static_data></REC></records>\n";

/** An XML export of one record whose title is `mib` MiB of words on lines of 1,000 characters. */
function bigRecord(mib: number): Buffer {
  const line = `${"word ".repeat(199)}word\n`;
  return Buffer.concat([
    Buffer.from(REC_HEAD),
    Buffer.from(line.repeat((mib * MiB) / line.length)),
    Buffer.from(REC_TAIL),
  ]);
}

/** Writes `count` pieces through an optional gzip stream. */
async function writePieces(
  path: string,
  head: string,
  piece: Buffer,
  count: number,
  tail: string,
  gzip: boolean,
): Promise<void> {
  const file = createWriteStream(path);
  const out = gzip ? createGzip({ level: 9 }) : file;
  if (gzip) out.pipe(file);
  out.write(head);
  for (let i = 0; i < count; i++) if (!out.write(piece)) await once(out, "drain");
  out.end(tail);
  await once(file, "close");
}

const plainRecord = (au: string, ut: string) =>
  `PT J\nAU ${au}\nAF ${au}\nTI A title\nSO A JOURNAL\nPY 2020\nC1 [Sato, A] Univ Tokyo, Tokyo, Japan.\nUT ${ut}\nER\n\n`;

const cases: { name: string; corpus?: true; make: (path: string) => Promise<void> | void }[] = [
  {
    name: "gzip bomb: 2 GiB of spaces in one <REC>, about 2 MB compressed (.xml.gz)",
    make: (path) => writePieces(path, REC_HEAD, Buffer.alloc(16 * MiB, " "), 128, REC_TAIL, true),
  },
  { name: "one 8 MiB record (.xml)", make: (path) => writeFileSync(path, bigRecord(8)) },
  {
    name: "the same record gzipped, about 25 KB (.xml.gz)",
    make: (path) => writeFileSync(path, gzipSync(bigRecord(8))),
  },
  { name: "one 20 MiB record (.xml)", make: (path) => writeFileSync(path, bigRecord(20)) },
  {
    name: "the same record gzipped, about 50 KB (.xml.gz)",
    make: (path) => writeFileSync(path, gzipSync(bigRecord(20))),
  },
  ...[200, ...(values.full ? [600] : [])].map((mib) => ({
    name: `a ${mib} MiB line in a plain-text record`,
    make: (path: string) =>
      writePieces(
        path,
        "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Sato, A\nTI ",
        Buffer.alloc(MiB, "x"),
        mib,
        "\nUT WOS:000000000000003\nER\nEF\n",
        false,
      ),
  })),
  {
    name: "a 10 MB AU value (one name of words, plain text), loadCorpus",
    corpus: true,
    make: (path) =>
      writeFileSync(
        path,
        `FN Clarivate Analytics Web of Science\nVR 1.0\n${plainRecord(`Sato, ${"Ab Cd ".repeat(1_750_000)}`, "WOS:000000000000002")}EF\n`,
      ),
  },
  {
    name: "a 10 MB AU cell of 1.1 million names (tab-delimited), loadCorpus",
    corpus: true,
    make: (path) =>
      writeFileSync(
        path,
        `PT\tAU\tTI\tC1\tPY\tUT\nJ\t${Array.from({ length: 1_100_000 }, (_, i) => `Sato, A${i % 26}`).join("; ")}\tTitle\t[Sato, A] Univ Tokyo, Tokyo, Japan.\t2020\tWOS:000000000000001\n`,
      ),
  },
];

const self = fileURLToPath(import.meta.url);
process.stdout.write(`copub: hostile inputs of issue 18, each read in a fresh process (openWos + tally)\n\n`);
try {
  for (const [i, { name, corpus, make }] of cases.entries()) {
    if (values.only !== undefined && !name.includes(values.only)) continue;
    const path = join(folder, `case-${i}${name.includes(".gz") ? ".gz" : ""}`);
    await make(path);
    const child = fork(self, ["--child", path, ...(corpus ? ["--corpus"] : [])], {
      execArgv: ["--import", "tsx"],
    });
    const seconds = Number(values.timeout);
    const timer = setTimeout(() => child.kill(), seconds * 1000);
    const [result] = (await Promise.race([
      once(child, "message"),
      once(child, "exit").then(() => [undefined]),
    ])) as [{ seconds: number; maxRssMiB: number; outcome: string } | undefined];
    clearTimeout(timer);
    rmSync(path);
    process.stdout.write(
      result === undefined
        ? `${name}\n  stopped after ${seconds} s\n`
        : `${name}\n  ${result.seconds.toFixed(2)} s, peak ${result.maxRssMiB.toFixed(0)} MiB: ${result.outcome}\n`,
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
