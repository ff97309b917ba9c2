/**
 * The options of a corpus: the normalization switches (§1–§3, §7) and the scope filters shared
 * by every command, plus whether to keep cited references. One validated object, so a saved
 * corpus records exactly what it was built with.
 */
import * as z from "zod";
import { NormalizeOptionsSchema } from "../normalize/normalize-options.ts";
import { ScopeFiltersSchema } from "./scope.ts";

/** Options of `loadCorpus` and `buildCorpus`, each with its documented default. */
export const CorpusOptionsSchema = NormalizeOptionsSchema.extend({
  ...ScopeFiltersSchema.omit({ yearBasis: true }).shape,
  /** Keep cited references (CR) on the papers; default `false` (they are most of a record's bytes). */
  citedReferences: z.boolean().default(false),
});

/** Corpus options with every value filled in. */
export type CorpusOptions = z.infer<typeof CorpusOptionsSchema>;

/** Corpus options as a caller gives them. */
export type CorpusOptionsInput = z.input<typeof CorpusOptionsSchema>;
