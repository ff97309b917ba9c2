/**
 * Options checked at the edge of the public API. A caller's options object is read against the
 * function's schema before anything runs, and what is wrong becomes one `CopubError`
 * (`invalid-option`) that says where: an unknown key is named with the nearest valid key when one
 * is close (`perods` → `periods`) and the keys that are valid there, so a misspelt or misplaced
 * option (`{ kind: "years", from: 2010, to: 2020 }`) is an error rather than a default silently
 * used; a value outside its domain is named by its path and what was expected. The schemas stay
 * as they are (saved files parse with them too); only options are held to every key.
 */
import type * as z from "zod";
import { editDistance } from "../common/edit-distance.ts";
import { CopubError } from "./errors.ts";

/**
 * Validates options with their schema: every key must be one the schema knows, at every depth,
 * and every value valid. Returns what the schema makes of them (defaults filled in).
 * @param schema - the options' schema
 * @param options - the options as the caller gave them
 * @param what - what the options are of, for the message (`"partners options"`)
 * @param required - keys the caller must give, each with the message for its absence: checked
 *   after the unknown keys, so a misspelt required key (`refrence`) is named as unknown rather
 *   than reported missing
 * @throws CopubError `invalid-option` naming the unknown key (and the nearest valid one), the
 *   missing required key, or the invalid value and what was expected
 * @example
 * checkOptions(PartnerOptionsSchema, { focal: "US", perods: "2019-2021" }, "partners options")
 * // throws CopubError: partners options: unknown option "perods"; did you mean "periods"? …
 * checkOptions(PartnerOptionsSchema, { focal: "US" }, "partners options").top // → 10
 */
export function checkOptions<S extends z.ZodType>(
  schema: S,
  options: unknown,
  what: string,
  required: Readonly<Record<string, string>> = {},
): z.output<S> {
  const unknown = unknownKeys(schema, options, []);
  if (unknown !== null) throw new CopubError("invalid-option", `${what}: ${unknownKeyMessage(unknown)}`);
  for (const [key, message] of Object.entries(required))
    if (!isRecord(options) || options[key] === undefined) throw new CopubError("invalid-option", message);
  const result = schema.safeParse(options);
  if (result.success) return result.data;
  const problems = result.error.issues
    .flatMap((issue) => meantIssues(issue, []))
    .map(({ path, message }) => (path.length === 0 ? message : `${pathText(path)}: ${message}`));
  throw new CopubError("invalid-option", `${what}: ${problems.join("; ")}`, null, { cause: result.error });
}

/** What an issue says, with its full path. */
interface Problem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * The issues that say what is wrong. A value no form of a union takes (a period as text or as an
 * object) gets zod's bare "Invalid input"; the form of the value's own type says why it failed
 * (`"2019/2021" is not a year window like 2019-2021 or 2021`), so its issues are used.
 */
function meantIssues(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const typed = issue.errors.find((branch) => !branch.some((inner) => isTypeMismatch(inner)));
    if (typed !== undefined) return typed.flatMap((inner) => meantIssues(inner, path));
  }
  return [{ path, message: issue.message }];
}

/** A branch rejected the value's type itself (a string where it takes an object). */
const isTypeMismatch = (issue: z.core.$ZodIssue): boolean =>
  issue.code === "invalid_type" && issue.path.length === 0;

/** Keys an object has that its schema does not know, where they are, and the keys it knows there. */
interface UnknownKeys {
  readonly path: readonly PropertyKey[];
  readonly keys: readonly string[];
  readonly valid: readonly string[];
}

/** The zod definition fields this walk reads (zod 4's `_zod.def`). */
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly values?: readonly unknown[];
  readonly getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The first object, depth first, with keys its schema does not know; `null` when there is none. */
function unknownKeys(schema: z.ZodType, value: unknown, path: readonly PropertyKey[]): UnknownKeys | null {
  if (value === undefined || value === null) return null;
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      if (!isRecord(value) || def.shape === undefined) return null;
      const shape = def.shape;
      // A schema open to other keys (a catch-all) takes them on purpose.
      const open = def.catchall !== undefined && defOf(def.catchall).type !== "never";
      const unknown = open ? [] : Object.keys(value).filter((key) => !Object.hasOwn(shape, key));
      if (unknown.length > 0) return { path, keys: unknown, valid: Object.keys(shape) };
      for (const [key, inner] of Object.entries(shape)) {
        const found = unknownKeys(inner, value[key], [...path, key]);
        if (found !== null) return found;
      }
      return null;
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return def.innerType === undefined ? null : unknownKeys(def.innerType, value, path);
    case "pipe":
      return def.in === undefined ? null : unknownKeys(def.in, value, path);
    case "lazy":
      return def.getter === undefined ? null : unknownKeys(def.getter(), value, path);
    case "array":
      if (!Array.isArray(value) || def.element === undefined) return null;
      for (const [index, item] of value.entries()) {
        const found = unknownKeys(def.element, item, [...path, index]);
        if (found !== null) return found;
      }
      return null;
    case "record":
      if (!isRecord(value) || def.valueType === undefined) return null;
      for (const [key, item] of Object.entries(value)) {
        const found = unknownKeys(def.valueType, item, [...path, key]);
        if (found !== null) return found;
      }
      return null;
    case "union":
      return unionUnknownKeys(def, value, path);
    default:
      return null;
  }
}

/**
 * A union: the option the value means (by its discriminator, else the object option with the
 * fewest unknown keys) decides. A value no option fits is left to the schema's own message.
 */
function unionUnknownKeys(def: Def, value: unknown, path: readonly PropertyKey[]): UnknownKeys | null {
  if (!isRecord(value)) return null;
  const options = (def.options ?? []).filter(acceptsObject);
  const discriminator = def.discriminator;
  if (discriminator !== undefined) {
    const chosen = options.find((option) => {
      const tag = objectShape(option)?.[discriminator];
      return tag !== undefined && (defOf(tag).values ?? []).includes(value[discriminator]);
    });
    return chosen === undefined ? null : unknownKeys(chosen, value, path);
  }
  let best: UnknownKeys | null = null;
  for (const option of options) {
    const found = unknownKeys(option, value, path);
    if (found === null) return null;
    if (best === null || found.keys.length < best.keys.length) best = found;
  }
  return best;
}

/** Whether a schema, under its wrappers, takes an object: an object schema or a union with one. */
function acceptsObject(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === "object") return true;
  if (def.type === "union") return (def.options ?? []).some(acceptsObject);
  const inner = def.innerType ?? def.in;
  return inner !== undefined && acceptsObject(inner);
}

/** The shape of an object schema under its wrappers, or `null` for any other schema. */
function objectShape(schema: z.ZodType): Readonly<Record<string, z.ZodType>> | null {
  const def = defOf(schema);
  if (def.type === "object") return def.shape ?? null;
  const inner = def.innerType ?? def.in;
  return inner === undefined ? null : objectShape(inner);
}

/** `unknown option "perods"; did you mean "periods"? (options: focal, periods, …)`, with where for a nested one. */
function unknownKeyMessage({ path, keys, valid }: UnknownKeys): string {
  const where = path.length === 0 ? "" : ` in ${pathText(path)}`;
  const named = keys.map((key) => {
    const near = nearestKey(key, valid);
    return near === null ? `"${key}"` : `"${key}" (did you mean "${near}"?)`;
  });
  const noun = path.length === 0 ? "option" : "key";
  return `unknown ${noun}${keys.length > 1 ? "s" : ""} ${named.join(", ")}${where}; valid there: ${valid.join(", ")}`;
}

/** The valid key nearest to a typed one, when it is close enough to be the one meant. */
function nearestKey(key: string, valid: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const candidate of valid) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `periods.windows[0].from` */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}

/**
 * The options of a wider set that one schema knows: what a function passes on to a step that
 * takes only some of its own options (a corpus's options to the normalizer), so the step's check
 * of unknown keys holds for its callers without tripping on its neighbours' keys.
 * @param schema - the step's options schema (an object schema)
 * @param options - the wider options
 * @example
 * pickOptions(NormalizeOptionsSchema, { ukNations: "separate", years: null }) // → { ukNations: "separate" }
 */
export function pickOptions<T extends object>(schema: z.ZodObject, options: T): Partial<T> {
  const known = schema.shape;
  return Object.fromEntries(
    Object.entries(options).filter(([key]) => Object.hasOwn(known, key)),
  ) as Partial<T>;
}

/**
 * Checks that an options object of a function without a schema (its options include callbacks)
 * has only the keys it knows, as `checkOptions` does for the others.
 * @param options - the options as the caller gave them
 * @param valid - the keys the function knows
 * @param what - what the options are of, for the message
 * @throws CopubError `invalid-option` naming the unknown key and the nearest valid one
 * @example
 * checkKeys({ metric: ["degree"] }, ["metrics", "weight"], "networkMetrics options")
 * // throws CopubError: networkMetrics options: unknown option "metric" (did you mean "metrics"?); valid there: metrics, weight
 */
export function checkKeys(options: object, valid: readonly string[], what: string): void {
  // A loop, not a filtered list: low-level functions (a paper's weights, an address's country)
  // check their options on every call, and a call with valid options allocates nothing here.
  for (const key in options)
    if (Object.hasOwn(options, key) && !valid.includes(key)) {
      const keys = Object.keys(options).filter((known) => !valid.includes(known));
      throw new CopubError("invalid-option", `${what}: ${unknownKeyMessage({ path: [], keys, valid })}`);
    }
}

/**
 * The keys of an options interface, for `checkKeys`, written as an object with every key of the
 * type: the compiler refuses a key the type lacks and a key of the type left out, so the list
 * cannot drift from the interface as a hand-written array could.
 * @param keys - `true` for every key of `T`
 * @example
 * optionKeys<{ weight?: string; seed?: number }>({ weight: true, seed: true }) // → ["weight", "seed"]
 */
export function optionKeys<T extends object>(keys: { readonly [K in keyof Required<T>]: true }): string[] {
  return Object.keys(keys);
}
