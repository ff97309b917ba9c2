// The fuzz run of `npm run fuzz`, in a child process so that the runner (run.ts) can stop a case
// that never yields (an endless loop) and name it. Options come as JSON in the first argument;
// messages go back over the IPC channel.
import { type FuzzOptions, runFuzz } from "./_fuzz.ts";

const options = JSON.parse(process.argv[2] ?? "{}") as Omit<FuzzOptions, "onCase">;
const send = (message: unknown): void => {
  process.send?.(message);
};
try {
  const summary = await runFuzz({
    ...options,
    onCase: (index, label, fuzzCase) => send({ type: "case", index, label, fuzzCase }),
  });
  send({ type: "done", summary });
} catch (error) {
  send({
    type: "failed",
    message:
      error instanceof Error
        ? `${error.message}${error.cause instanceof Error ? `\nCaused by: ${error.cause.stack ?? error.cause.message}` : ""}`
        : String(error),
  });
}
