/**
 * The country policies of docs/methodology.md §3.2.2: the points where sources disagree on what a
 * country is (UK nations, Hong Kong and Macao, former states, US territories). Each is a switch
 * with the documented default, kept apart from the resolver so that the CLI and `normalize`
 * can validate a user's choice once, at the edge.
 */
import * as z from "zod";

/** Country switches of docs/methodology.md §3.2.2, each with its documented default. */
export const CountryOptionsSchema = z.object({
  /**
   * `"merge"` (default): England, Scotland, Wales and North Ireland are all `GB`.
   * `"separate"`: they are the ISO 3166-2 units `GB-ENG`, `GB-SCT`, `GB-WLS`, `GB-NIR`.
   */
  ukNations: z.enum(["merge", "separate"]).default("merge"),
  /** `"separate"` (default): Hong Kong is `HK` and Macao `MO`. `"china"`: both are `CN`. */
  hongKongMacao: z.enum(["separate", "china"]).default("separate"),
  /**
   * `"keep"` (default): former states keep their ISO 3166-3 keys (`SUHH`, `DDDE`, `CSHH`, `YUCS`,
   * `CSXX`, `ANHH`). `"successor"`: each becomes its successor (`data/historical-successors.ts`), with `successor-mapped`.
   */
  historicalEntities: z.enum(["keep", "successor"]).default("keep"),
  /**
   * `"as-usa"` (default): addresses with the postal codes PR, GU, VI, AS, MP are `US`, as WoS writes them.
   * `"separate"`: they take their own ISO 3166-1 codes.
   */
  usTerritories: z.enum(["as-usa", "separate"]).default("as-usa"),
});

/** Country switches with every value filled in. */
export type CountryOptions = z.infer<typeof CountryOptionsSchema>;

/** Country switches as a caller gives them: any of them may be left out. */
export type CountryOptionsInput = z.input<typeof CountryOptionsSchema>;

/**
 * The documented defaults of docs/methodology.md §3.2.2.
 * @example
 * DEFAULT_COUNTRY_OPTIONS
 * // → { ukNations: "merge", hongKongMacao: "separate", historicalEntities: "keep", usTerritories: "as-usa" }
 */
export const DEFAULT_COUNTRY_OPTIONS: CountryOptions = Object.freeze(CountryOptionsSchema.parse({}));
