/**
 * The option whose value is fields (`--fields chem,Physics,CLI`): read through one function,
 * `fieldKeyOf` of the field vocabulary, so a NISTEP key, an ESI id or either scheme's name means
 * the same field in every command. A name both schemes have ("Physics", "Clinical Medicine")
 * means the NISTEP broad field; the ESI field is reached by its id (`PHY`). A text that names no
 * field is bad usage that names it and suggests the nearest field.
 */
import { fieldKeyOf, fieldName, nearestFields } from "../normalize/field-vocabulary.ts";
import { type CliOption, commaParts, type ValueSpec, valueOption } from "./_options.ts";
import { usageError } from "./_usage-error.ts";

const FIELDS = "fields separated by commas: NISTEP keys (chem), ESI ids (CHE) or field names";

/**
 * The field key a person means.
 * @param text - the field as typed
 * @param name - the option without its dashes, for the message
 * @throws UsageError naming the text and the nearest field
 * @example
 * readField("Chemistry", "fields") // → "chem"
 * readField("che", "fields") // → "CHE"
 * readField("Chemstry", "fields")
 * // throws UsageError: --fields "Chemstry" is not a field; did you mean Chemistry (chem)?
 */
export function readField(text: string, name: string): string {
  const key = fieldKeyOf(text);
  if (key !== null) return key;
  const [nearest] = nearestFields(text, 1);
  const hint = nearest === undefined ? "" : `; did you mean ${fieldName(nearest)} (${nearest})?`;
  throw usageError(`--${name} "${text.trim()}" is not a field${hint}`);
}

/**
 * An option that takes fields separated by commas, empty parts dropped, each read to its key
 * (a name with a comma of its own, "Social Sciences, general", is one field).
 * @example
 * fieldList({ value: "chem,phys", help: "fields in scope" }).parse("Chemistry, PHY", "fields") // → ["chem", "PHY"]
 */
export function fieldList(spec: ValueSpec<never>): CliOption<string[] | undefined> {
  return valueOption(spec, FIELDS, (text, name) =>
    commaParts(text, (part) => fieldKeyOf(part) !== null)
      .filter((part) => part.trim().length > 0)
      .map((part) => readField(part, name)),
  );
}
