/**
 * `--counting-method` (docs/methodology.md §4): which fractional counting `--counting fractional`
 * uses, shared by the commands that count countries fractionally. NISTEP's institution-weighted
 * counting is the default; `--profile cwts` sets CWTS's author-affiliation weights (§14).
 */
import { CountingMethodSchema } from "../indicators/counting/counting-weights.ts";
import { choice } from "./_options.ts";

/** The fractional methods of §4.2–§4.4. */
const FRACTIONAL_METHODS = CountingMethodSchema.exclude(["integer"]).options;

/** `--counting-method nistep|cwts|country|address|author`. */
export const COUNTING_METHOD_OPTION = choice(FRACTIONAL_METHODS, {
  default: "nistep",
  help: `the fractional counting of --counting fractional: nistep (default,
institutions, §4.2), cwts (author-affiliation, §4.3), country, address
or author (§4.4)`,
  profile: (p) => p.countingMethod,
});
