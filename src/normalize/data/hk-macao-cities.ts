/**
 * City segments that mark a `Peoples R China` address as Hong Kong or Macao, because recent
 * WoS records write `…, Hong Kong, Peoples R China` where older ones end in `Hong Kong`.
 *
 * Source: the methodology reference's Appendix A.5 (docs/methodology.md §3.2.1 item 4), every
 * segment as printed. They are matched whole and case-insensitively on segments 2 … n−1 of an
 * address, never on the organization segment (`Chinese Univ Hong Kong, Shenzhen, …` is mainland
 * China).
 */

/** Segments that make a `Peoples R China` address Hong Kong (Appendix A.5). */
export const HONG_KONG_SEGMENTS: readonly string[] = [
  "Hong Kong",
  "Kowloon",
  "Kowloon Tong",
  "Pokfulam",
  "Shatin",
  "Sha Tin",
  "New Territories",
  "Tai Po",
  "Clear Water Bay",
];

/** Segments that make a `Peoples R China` address Macao (Appendix A.5). */
export const MACAO_SEGMENTS: readonly string[] = ["Macau", "Macao", "Taipa"];
