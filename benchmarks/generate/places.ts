/**
 * Places of synthetic papers: what a country and an institution are, how WoS spells a country
 * in a given year, and how an address ends for each country's postal layout (US
 * `City, ST 12345 USA`, `D-80539 Munich, Germany`, `Tokyo 1130033, Japan`). The countries
 * themselves are data, in `countries.ts`.
 */

/** The name pool a country's authors are mostly drawn from (`names.ts`). */
export type NameRegion =
  | "anglo"
  | "chinese"
  | "japanese"
  | "korean"
  | "south-asian"
  | "arabic"
  | "persian"
  | "turkish"
  | "germanic"
  | "nordic"
  | "french"
  | "italian"
  | "iberian"
  | "slavic"
  | "african"
  | "southeast-asian";

/**
 * How an address ends after the organization and sub-organization:
 * `us` → `City, ST 12345 USA`; `region` → `City, ON M5S 1A8, Canada`; `after-city` →
 * `Tokyo 1130033, Japan`; `before-city` → `D-80539 Munich, Germany`; `none` → `Tehran, Iran`.
 */
export type PostalStyle = "us" | "region" | "after-city" | "before-city" | "none";

/** One institution: how WoS abbreviates it in addresses and its unified name. */
export interface Institution {
  /** Organization as written in C1 (`Stanford Univ`). */
  readonly name: string;
  /** Unified name (`Stanford University`), XML `organization[@pref="Y"]` and C3. */
  readonly preferred: string;
  /** City as written in the address. */
  readonly city: string;
  /** State or province code (`CA`, `ON`), or `null`. */
  readonly region: string | null;
  /** Postcode as written (`94305`, `D-80539`, `OX1 3PU`), or `null`. */
  readonly zip: string | null;
}

/** One country with its WoS spelling, weight and institutions. */
export interface Country {
  /** The WoS spelling of the last address segment. */
  readonly name: string;
  /** The spelling from `renamedIn` on (WoS writes `Turkiye` from 2024), or `null`. */
  readonly renamed: { readonly from: number; readonly name: string } | null;
  /** Relative share of addresses. */
  readonly weight: number;
  /** Name pool of its authors. */
  readonly region: NameRegion;
  /** Address layout. */
  readonly postal: PostalStyle;
  /** Institutions, most productive first. */
  readonly institutions: readonly Institution[];
}

/**
 * The country as WoS writes it in a paper of `year` (`Turkey` → `Turkiye` from 2024).
 * @example
 * countryNameIn(turkey, 2025) // → "Turkiye"
 */
export function countryNameIn(place: Country, year: number): string {
  return place.renamed !== null && year >= place.renamed.from ? place.renamed.name : place.name;
}

/**
 * The part of an address after the organization and sub-organization, laid out as WoS does for the country.
 * @example
 * addressTail(stanford, usa, "USA") // → "Stanford, CA 94305 USA"
 * addressTail(tum, germany, "Germany") // → "D-85748 Garching, Germany"
 */
export function addressTail(institution: Institution, place: Country, countryName: string): string {
  const { city, zip, region } = institution;
  switch (place.postal) {
    case "us":
      return `${city}, ${region} ${zip} USA`;
    case "region":
      return `${city}, ${region} ${zip}, ${countryName}`;
    case "after-city":
      return zip === null ? `${city}, ${countryName}` : `${city} ${zip}, ${countryName}`;
    case "before-city":
      return zip === null ? `${city}, ${countryName}` : `${zip} ${city}, ${countryName}`;
    case "none":
      return `${city}, ${countryName}`;
  }
}
