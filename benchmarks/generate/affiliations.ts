/**
 * Authors and addresses of one synthetic paper, and the links between them. Kept together
 * because they are drawn together: an author's name comes from the country of their address,
 * and every address lists the authors in its `[...]` prefix (C1) or `addr_no` (XML). Countries
 * are drawn with WoS-like shares; most papers are domestic, some are open to partners abroad,
 * and hyper-authored papers spread over dozens of countries.
 */

import { COUNTRIES } from "./countries.ts";
import { FIELDS, type Field } from "./fields.ts";
import { orcid, researcherId } from "./identifiers.ts";
import { createNameDrawer, type PersonName } from "./names.ts";
import { addressTail, type Country, countryNameIn, type Institution, type NameRegion } from "./places.ts";
import { logNormal, type Random } from "./random.ts";
import type { CountryDrawer } from "./world.ts";

/** One author of a synthetic paper. */
export interface SyntheticAuthor extends PersonName {
  /** ORCID iD (OI, XML `@orcid_id`), or `null`. */
  readonly orcid: string | null;
  /** ResearcherID (RI, XML `@r_id`), or `null`. */
  readonly researcherId: string | null;
  /** 1-based numbers of the author's addresses; empty when the paper has no author–address links. */
  readonly addressNumbers: readonly number[];
}

/** One address of a synthetic paper. */
export interface SyntheticAddress {
  /** 1-based position in C1, XML `@addr_no`. */
  readonly number: number;
  /** The institution. */
  readonly institution: Institution;
  /** The department (sub-organization). */
  readonly department: string;
  /** Country as WoS spells it in the paper's year. */
  readonly country: string;
  /** The address as C1 writes it, without the `[...]` prefix and the final period. */
  readonly text: string;
  /** 0-based indexes of the linked authors, in author order; empty when the paper has no links. */
  readonly authors: readonly number[];
}

/** What `affiliations` needs to know about the paper. */
export interface AffiliationRequest {
  /** Number of authors (≥ 1). */
  readonly authorCount: number;
  /** Number of addresses wanted (0 for none); duplicates are dropped, so there may be fewer. */
  readonly addressCount: number;
  /** Whether the paper is a large collaboration (partners from everywhere, few ORCIDs listed). */
  readonly hyperAuthored: boolean;
  /** The paper's year, for spellings (`Turkiye`) and which identifiers existed. */
  readonly year: number;
  /** The paper's field, for departments. */
  readonly field: Field;
  /** Whether C1 links authors to addresses (WoS does so from 2008). */
  readonly linked: boolean;
  /** The world the countries are drawn from (`STATIC_WORLD` for the benchmarks). */
  readonly countries: CountryDrawer;
}

const REGIONS: readonly NameRegion[] = [...new Set(COUNTRIES.map((c) => c.region))];
/** Regions whose countries have many researchers born elsewhere. */
const MIXED_REGIONS: ReadonlySet<NameRegion> = new Set(["anglo", "germanic", "nordic", "french"]);

/**
 * The number of addresses of a paper with `authorCount` authors: about one per author for
 * consortia, a few for ordinary papers (median 1 for one author, 2–3 for five, 6 for twenty).
 * @example
 * addressCount(random, 5, false) // → 2 or 3 most often
 */
export function addressCount(random: Random, authorCount: number, hyperAuthored: boolean): number {
  if (hyperAuthored) {
    const perAuthor = Math.exp(Math.log(0.1) + random.next() * (Math.log(0.9) - Math.log(0.1)));
    return Math.min(600, Math.max(30, Math.round(authorCount * perAuthor)));
  }
  const drawn = Math.round(logNormal(random, 0.9 * authorCount ** 0.62, 0.45));
  return Math.max(1, Math.min(drawn, 2 * authorCount, 60));
}

/**
 * Draws the authors and addresses of one paper.
 * @example
 * affiliations(random, { authorCount: 3, addressCount: 2, hyperAuthored: false, year: 2022, field, linked: true, countries: STATIC_WORLD })
 * // → { authors: [{ fullName: "Wang, Wei", addressNumbers: [1], … }, …], addresses: [{ number: 1, text: "Tsinghua Univ, Dept Phys, Beijing 100084, Peoples R China", authors: [0, 1], … }, …] }
 */
export function affiliations(
  random: Random,
  request: AffiliationRequest,
): { authors: SyntheticAuthor[]; addresses: SyntheticAddress[] } {
  const { authorCount, hyperAuthored, year, linked, countries } = request;
  const places = drawAddresses(random, request);
  const links = linkAuthors(random, authorCount, places.length);
  const addresses = places.map((place, i) => ({
    ...place,
    number: i + 1,
    authors: linked ? (links.byAddress[i] ?? []) : [],
  }));

  const names = createNameDrawer();
  const orcidShare = (year >= 2020 ? 0.45 : year >= 2013 ? 0.25 : 0) * (hyperAuthored ? 0.1 : 1);
  const researcherIdShare = (year >= 2009 ? 0.12 : 0) * (hyperAuthored ? 0.1 : 1);
  const authors: SyntheticAuthor[] = [];
  for (let i = 0; i < authorCount; i++) {
    const home = places[links.byAuthor[i]?.[0] ?? -1]?.place ?? countries.lead(random, year);
    const mixed = random.chance(MIXED_REGIONS.has(home.region) ? 0.2 : 0.05);
    const name = names.draw(random, mixed ? random.pick(REGIONS) : home.region);
    authors.push({
      ...name,
      orcid: random.chance(orcidShare) ? orcid(random) : null,
      researcherId: random.chance(researcherIdShare) ? researcherId(random) : null,
      addressNumbers: linked ? (links.byAuthor[i] ?? []).map((a) => a + 1) : [],
    });
  }
  return { authors, addresses };
}

interface DrawnAddress extends Omit<SyntheticAddress, "number" | "authors"> {
  readonly place: Country;
}

function drawAddresses(random: Random, request: AffiliationRequest): DrawnAddress[] {
  const { addressCount: count, hyperAuthored, year, field, countries } = request;
  if (count === 0) return [];
  // Drawn before the lead, whose openness it is compared with, so that the static world keeps the
  // draw order it had when openness did not depend on the lead (and the benchmarks their bytes).
  const openDraw = hyperAuthored ? 0 : random.next();
  const lead = countries.lead(random, year);
  // Most papers stay at home; some are open to partners abroad; consortia are everywhere.
  const openness = hyperAuthored ? 0.85 : openDraw < countries.openShare(lead, year) ? 0.45 : 0.05;
  const leadInstitution = countries.institution(random, lead);
  const seen = new Set<string>();
  const out: DrawnAddress[] = [];
  for (let j = 0; j < count; j++) {
    const place = j === 0 || !random.chance(openness) ? lead : countries.partner(random, lead, year);
    const institution =
      place === lead && (j === 0 || random.chance(0.4))
        ? leadInstitution
        : countries.institution(random, place);
    const departments = random.chance(0.8) ? field.departments : random.pick(FIELDS).departments;
    const department = random.pick(departments);
    const country = countryNameIn(place, year);
    const text = `${institution.name}, ${department}, ${addressTail(institution, place, country)}`;
    // C1 never lists the same address twice.
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ place, institution, department, country, text });
  }
  return out;
}

/**
 * Links authors to addresses: authors in contiguous blocks per address (co-workers sit together
 * in the byline), some with a second address; when there are more addresses than authors, the
 * addresses are dealt round. Every address gets at least one author.
 */
function linkAuthors(
  random: Random,
  authorCount: number,
  addressCount: number,
): { byAuthor: number[][]; byAddress: number[][] } {
  const byAuthor: number[][] = Array.from({ length: authorCount }, () => []);
  if (addressCount === 0) return { byAuthor, byAddress: [] };
  if (authorCount >= addressCount) {
    for (let i = 0; i < authorCount; i++) {
      const block = Math.floor((i * addressCount) / authorCount);
      (byAuthor[i] as number[]).push(block);
      if (addressCount > 1 && random.chance(0.12)) {
        const extra = random.int(0, addressCount - 1);
        if (extra !== block) (byAuthor[i] as number[]).push(extra);
      }
    }
  } else {
    for (let a = 0; a < addressCount; a++) (byAuthor[a % authorCount] as number[]).push(a);
  }
  const byAddress: number[][] = Array.from({ length: addressCount }, () => []);
  for (let i = 0; i < authorCount; i++) {
    const own = (byAuthor[i] as number[]).sort((x, y) => x - y);
    for (const a of own) (byAddress[a] as number[]).push(i);
  }
  return { byAuthor, byAddress };
}
