/**
 * Options validated once. A caller that needs an indicator's options with every default filled in
 * before it runs the indicator — the CLI writes them into the run manifest — settles them with the
 * indicator's schema and passes the settled options on, and the indicator uses them as they are
 * instead of parsing them a second time. The mark is a property that is not enumerable, so settled
 * options spread, compare and serialize as the plain options they are; a spread copy is plain
 * again, and is validated when passed on.
 */
import type * as z from "zod";
import { checkOptions } from "../../diagnostics/checked-options.ts";

const SETTLED_BY: unique symbol = Symbol("copub settled options");

/** Options parsed by a schema and marked as such: what `settle` returns. */
export type Settled<T> = T & { readonly [SETTLED_BY]: z.ZodType };

/**
 * Validates options with a schema and marks the result, or returns options this schema settled
 * already as they are.
 * @param schema - the indicator's options schema
 * @param options - options as a caller gives them, or settled by `settle(schema, …)`
 * @param what - what the options are of, for an error's message (`"partners options"`)
 * @throws CopubError `invalid-option` for an unknown key (named) or an invalid value
 * @example
 * const settled = settle(PartnerOptionsSchema, { focal: "US" }); // → { focal: "US", …, top: 10, highlight: [] }
 * settle(PartnerOptionsSchema, settled) === settled              // → true: not parsed again
 */
export function settle<S extends z.ZodType<object>>(
  schema: S,
  options: z.input<S> | Settled<z.output<S>>,
  what = "options",
): Settled<z.output<S>> {
  if (isSettledBy(schema, options)) return options;
  const parsed: z.output<S> = checkOptions(schema, options, what);
  return Object.defineProperty(parsed, SETTLED_BY, { value: schema }) as Settled<z.output<S>>;
}

function isSettledBy<S extends z.ZodType<object>>(
  schema: S,
  options: unknown,
): options is Settled<z.output<S>> {
  return (
    typeof options === "object" &&
    options !== null &&
    Object.getOwnPropertyDescriptor(options, SETTLED_BY)?.value === schema
  );
}
