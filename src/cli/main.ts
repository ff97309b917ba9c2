#!/usr/bin/env node
/**
 * The `copub` executable: the only module that touches `process`. It binds the output
 * channels, runs the dispatcher and exits; a closed pipe (`copub read … | head`) ends quietly.
 */
import { once } from "node:events";
import { copubVersion } from "./_corpus-args.ts";
import { runCli } from "./_run.ts";

const version = await copubVersion();

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  process.exitCode = await runCli(
    process.argv.slice(2),
    {
      stdout: (text) => process.stdout.write(text),
      // A pipe or file behind a slow reader: wait until the chunks already written are taken.
      stdoutDrained: async () => {
        if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
      },
      stdoutBytes: async (bytes) => {
        if (!process.stdout.write(bytes)) await once(process.stdout, "drain");
      },
      stdoutIsTty: process.stdout.isTTY === true,
      stderr: (text) => process.stderr.write(text),
      stderrIsTty: process.stderr.isTTY === true,
    },
    version,
  );
} catch (error) {
  process.stderr.write(
    `copub: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 70;
}
