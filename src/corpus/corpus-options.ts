/**
 * The options of a corpus: the normalization switches (§1–§3, §7) and the scope filters shared
 * by every command, plus whether to keep cited references and funding texts. One validated object, so a saved
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
  /**
   * Keep the funding acknowledgement text (FX) on the papers; default `false`: only programme
   * evaluation reads it (grant ids written in prose, funder patterns, §12.1), and it costs about
   * a quarter of a paper's memory. `copub corpus`, `copub export` and `copub programme` keep it, and `copub report` with `--projects`.
   */
  fundingText: z.boolean().default(false),
});

/** Corpus options with every value filled in. */
export type CorpusOptions = z.infer<typeof CorpusOptionsSchema>;

/** Corpus options as a caller gives them. */
export type CorpusOptionsInput = z.input<typeof CorpusOptionsSchema>;
