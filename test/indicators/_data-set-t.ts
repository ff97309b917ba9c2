// Data set T (docs/methodology.md §8.6, Appendix C.2): the figures the methodology works by hand, shared
// by the library and CLI tests of the Top-x% table.

/**
 * Japan's row under integer counting, Top10%: papers 7 (F1, F2, F3, F4, F6, F8, F10); F1 (31
 * citations, JP-US) counts 1 and F2 (JP), F3 (JP-CN), F4 (DE-FR-JP), tied at the threshold 12, 1/4
 * each: top 1 + 3/4 = 1.75, domestic 1/4, international 1.5 (bilateral F1 + F3 = 1.25,
 * multilateral F4 = 0.25); the world holds π·N = 2, so 1.75/2 = 0.875; Q = 1.75/7 = 0.25.
 */
export const JAPAN_TOP10_INTEGER = {
  country: "JP",
  period: "2021",
  field: "all",
  papers: 7,
  top: 1.75,
  topDomestic: 0.25,
  topInternational: 1.5,
  topBilateral: 1.25,
  topMultilateral: 0.25,
  topShareOfWorld: 0.875,
  topShareOfPapers: 0.25,
} as const;
