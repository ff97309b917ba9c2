/**
 * The run manifest as bytes (docs/methodology.md §13.5): JSON with every object's keys sorted, so
 * that two runs with the same inputs and options give the same file whatever order the options
 * were given in. The manifest's content is `corpus/run-manifest.ts`'s.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import type { RunManifest } from "../corpus/run-manifest.ts";

/**
 * The manifest as bytes: JSON with every object's keys sorted (§13.1), two-space indentation
 * and a final newline, so equal manifests are equal files.
 * @example
 * toManifestJson(runManifest(corpus, { copubVersion: "0.1.0" }))
 * // → '{\n  "citationSnapshots": {\n    "dates": [\n      "2024-01-15"\n    ],\n …'
 */
export function toManifestJson(manifest: RunManifest): string {
  return `${JSON.stringify(sortedKeys(manifest), null, 2)}\n`;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .map(([key, item]) => [key, sortedKeys(item)]),
  );
}
