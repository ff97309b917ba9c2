// Runs the CLI in-process and captures what it writes.
import { runCli } from "../../src/cli/_run.ts";

/** Exit code and output of one CLI run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `copub <argv...>` in-process, standard error not a terminal. */
export async function run(...argv: string[]): Promise<CliRun> {
  return runWith({ stderrIsTty: false }, ...argv);
}

/** Runs `copub <argv...>` in-process, standard error a terminal or not. */
export async function runWith(
  terminal: { readonly stderrIsTty: boolean },
  ...argv: string[]
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTty: terminal.stderrIsTty },
    "0.0.0-test",
  );
  return { code, stdout, stderr };
}
