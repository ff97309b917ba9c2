// Library code must not write to the console (STYLE.md): a test in which it does fails.
import { afterEach, beforeEach, vi } from "vitest";

const METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;

beforeEach(() => {
  for (const method of METHODS) vi.spyOn(console, method);
});

afterEach(() => {
  const calls = METHODS.flatMap((method) =>
    vi.mocked(console[method]).mock.calls.map((args) => `console.${method}(${args.map(String).join(", ")})`),
  );
  vi.restoreAllMocks();
  if (calls.length > 0) throw new Error(`library code wrote to the console:\n${calls.join("\n")}`);
});
