/**
 * JSON output with fixed bytes: two-space indentation, `\n` line ends and a final newline —
 * exactly `JSON.stringify(value, null, 2)` and a newline. Key order is the order in which the
 * caller built the object, which copub code fixes.
 *
 * The text is produced in chunks (`output/text-chunks.ts`): arrays and objects are walked one
 * entry at a time, and only parts with few entries (a node, a table row) are handed to
 * `JSON.stringify` whole, so a JSON file of any size is written without ever being one string.
 * A long list that is not in memory (the edges of a large network) can be given as
 * `jsonArray(iterable)`: it is written as an array, one item at a time, as it is produced.
 */
import { batched, joinChunks } from "./text-chunks.ts";

/** Marks a lazily produced array (see `jsonArray`). */
const LAZY = Symbol("copub.jsonArray");

/** An iterable written as a JSON array by `jsonChunks` (and only by it: `JSON.stringify` gives `{}`). */
export interface JsonArray {
  readonly [LAZY]: Iterable<unknown>;
}

/**
 * Wraps items produced one at a time, to be written by `jsonChunks` as a JSON array without
 * holding them all. The iterable is consumed once, when the text is written.
 * @example
 * toJson({ edges: jsonArray([1, 2]) }) // → '{\n  "edges": [\n    1,\n    2\n  ]\n}\n'
 */
export function jsonArray(items: Iterable<unknown>): JsonArray {
  return { [LAZY]: items };
}

/**
 * Entries (values, array items and object properties, counted through the nesting) under which
 * a part is stringified in one call: a network node, a table row. Larger parts are walked.
 */
const WHOLE_ENTRIES = 256;

/**
 * Serializes a value as pretty JSON ending in a newline.
 * @example
 * toJson({ parsed: 2, rejected: 0 }) // → '{\n  "parsed": 2,\n  "rejected": 0\n}\n'
 */
export function toJson(value: unknown): string {
  return joinChunks(jsonChunks(value));
}

/**
 * The chunks of `toJson(value)`: the same bytes, never built as one string.
 * @example
 * [...jsonChunks([1, 2])].join("") // → "[\n  1,\n  2\n]\n"
 */
export function jsonChunks(value: unknown): Generator<string, void, undefined> {
  return batched(document(value));
}

function* document(value: unknown): Generator<string, void, undefined> {
  const resolved = toJsonValue(value, "");
  // JSON.stringify gives undefined for a value JSON cannot hold; toJson always wrote it as text.
  if (resolved === undefined || typeof resolved === "function" || typeof resolved === "symbol")
    yield String(resolved);
  else yield* pieces(resolved, "");
  yield "\n";
}

/** The text of a value already passed through `toJson`, at the given indentation. */
function* pieces(value: unknown, indent: string): Generator<string, void, undefined> {
  if (value === null || typeof value !== "object") {
    yield JSON.stringify(value);
    return;
  }
  if (!(LAZY in value) && size(value, WHOLE_ENTRIES) >= 0) {
    // Few entries: JSON.stringify indents from column 0; each of its line ends takes our indent.
    const text = JSON.stringify(value, null, 2);
    yield indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (LAZY in value || Array.isArray(value)) {
    const items: Iterable<unknown> = LAZY in value ? (value as JsonArray)[LAZY] : value;
    let index = 0;
    for (const item of items) {
      yield index === 0 ? `[\n${inner}` : `,\n${inner}`;
      const resolved = toJsonValue(item, String(index));
      // An array keeps a place for a value JSON cannot hold: null.
      if (resolved === undefined || typeof resolved === "function" || typeof resolved === "symbol")
        yield "null";
      else yield* pieces(resolved, inner);
      index++;
    }
    yield index === 0 ? "[]" : `\n${indent}]`;
    return;
  }
  let written = 0;
  for (const key of Object.keys(value)) {
    const resolved = toJsonValue((value as Record<string, unknown>)[key], key);
    // An object drops a property JSON cannot hold.
    if (resolved === undefined || typeof resolved === "function" || typeof resolved === "symbol") continue;
    yield `${written === 0 ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: `;
    yield* pieces(resolved, inner);
    written++;
  }
  yield written === 0 ? "{}" : `\n${indent}}`;
}

/** The value JSON.stringify serializes for a property: its `toJSON(key)` when it has one. */
function toJsonValue(value: unknown, key: string): unknown {
  if (value !== null && (typeof value === "object" || typeof value === "bigint")) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") return toJSON.call(value, key);
  }
  return value;
}

/**
 * `budget` less the entries of a value (itself and everything inside it), or a negative number
 * as soon as the budget is spent; a value with a `toJSON` or a lazy array spends it all, so
 * that such parts are always walked.
 */
function size(value: unknown, budget: number): number {
  if (value === null || typeof value !== "object") return budget - 1;
  if (LAZY in value || typeof (value as { toJSON?: unknown }).toJSON === "function") return -1;
  let left = budget - 1;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && left >= 0; i++) left = size(value[i], left);
    return left;
  }
  // Not Object.values: an object with a million keys is given up on after `budget` of them.
  for (const key in value) {
    if (left < 0) break;
    if (Object.hasOwn(value, key)) left = size((value as Record<string, unknown>)[key], left);
  }
  return left;
}
