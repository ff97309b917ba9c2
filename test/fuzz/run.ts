/**
 * `npm run fuzz`: a long seeded fuzz run over mutated exports (docs/reliability.md), in a child
 * process that is stopped, and the case named, when one case runs longer than the hang guard.
 *
 *   npm run fuzz                                  3,000 library cases + 200 CLI cases, random seed
 *   npm run fuzz -- --runs 20000 --seed 7         more cases, a given seed (replay a failure)
 *   npm run fuzz -- --full --huge 8MiB            whole exports, values up to 8 MiB
 *   COPUB_FUZZ_RUNS=500 COPUB_FUZZ_SEED=3 npm run fuzz
 *
 * Options: --runs N, --cli-runs N, --seed N, --full, --huge SIZE, --case-timeout SECONDS,
 * --no-shrink. Exit 0 when every case kept the properties, 1 with the failing case otherwise.
 */

import { fork } from "node:child_process";
import { randomInt } from "node:crypto";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseByteSize } from "../../src/cli/_read-limit-args.ts";
import type { FuzzOptions, FuzzSummary } from "./_fuzz.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string" },
    "cli-runs": { type: "string" },
    seed: { type: "string" },
    full: { type: "boolean", default: false },
    huge: { type: "string" },
    "case-timeout": { type: "string" },
    "no-shrink": { type: "boolean", default: false },
  },
});
const whole = (text: string | undefined, fallback: number): number => {
  const n = Number(text ?? fallback);
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${text}`);
  return n;
};
const options: Omit<FuzzOptions, "onCase"> = {
  runs: whole(values.runs ?? process.env.COPUB_FUZZ_RUNS, 3000),
  cliRuns: whole(values["cli-runs"] ?? process.env.COPUB_FUZZ_CLI_RUNS, 200),
  seed: whole(values.seed ?? process.env.COPUB_FUZZ_SEED, randomInt(2 ** 31 - 1)),
  full: values.full,
  hugeBytes: parseByteSize(values.huge ?? (values.full ? "8MiB" : "1MiB")) ?? 1024 * 1024,
  hangGuardMs: whole(values["case-timeout"], 120) * 1000,
  shrink: !values["no-shrink"],
};
const out = (text: string): boolean => process.stdout.write(text);
out(
  `copub fuzz: seed ${options.seed}, ${options.runs} library cases, ${options.cliRuns} CLI cases, ${options.full ? "whole exports" : "first records of each export"}, values up to ${options.hugeBytes} bytes\n`,
);

const started = Date.now();
let current: { index: number; label: string; fuzzCase: unknown; at: number } | undefined;
// A child process (compiling TypeScript through tsx, as this one does) that can be killed mid-case.
const worker = fork(fileURLToPath(new URL("./_worker.ts", import.meta.url)), [JSON.stringify(options)], {
  execArgv: ["--import", "tsx"],
});
const watchdog = setInterval(() => {
  if (current === undefined || Date.now() - current.at < options.hangGuardMs) return;
  out(
    `\nHANG: case ${current.index} (${current.label}) ran more than ${options.hangGuardMs / 1000} s\n${JSON.stringify(current.fuzzCase)}\nreplay: npm run fuzz -- --seed ${options.seed}\n`,
  );
  worker.kill();
  process.exitCode = 1;
  clearInterval(watchdog);
}, 1000);

worker.on(
  "message",
  (message: {
    type: string;
    index: number;
    label: string;
    fuzzCase: unknown;
    summary: FuzzSummary;
    message: string;
  }) => {
    if (message.type === "case") {
      current = { index: message.index, label: message.label, fuzzCase: message.fuzzCase, at: Date.now() };
      if (message.index % 250 === 0)
        out(`  case ${message.index} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
      return;
    }
    clearInterval(watchdog);
    if (message.type === "failed") {
      out(`\nFAILED (replay with --seed ${options.seed}):\n${message.message}\n`);
      process.exitCode = 1;
      return;
    }
    const s = message.summary;
    const table = (title: string, counts: Record<string, number>): string =>
      `${title}\n${Object.entries(counts)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, n]) => `  ${key.padEnd(28)} ${n}`)
        .join("\n")}\n`;
    out(
      `\nall properties held: ${s.cases} library cases and ${s.cliCases} CLI cases over ${s.seedFiles} seed files${s.sharedSamples ? "" : " (../shared/data-samples/wos absent: project samples only)"}, in ${((Date.now() - started) / 1000).toFixed(0)} s\n` +
        table("mutations:", s.byKind) +
        table("outcomes:", s.outcomes) +
        table("rejections:", s.rejections) +
        table("CLI exit codes:", s.exitCodes),
    );
  },
);
worker.on("exit", (code, signal) => {
  clearInterval(watchdog);
  if (code === 0 || signal === "SIGTERM") return;
  out(
    `\nFAILED (the fuzz process ended with ${signal ?? `exit code ${code}`}; replay with --seed ${options.seed})\n`,
  );
  process.exitCode = 1;
});
