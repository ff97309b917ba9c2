/**
 * Which countries a synthetic paper has: the country of its first address (the lead), whether
 * it is open to partners abroad, and which countries those partners are. The benchmarks' world
 * is static: the shares of `countries.ts`, four papers in ten open to partners, partners drawn by
 * size alone. `WorldTrends` make it move as the real one does: countries growing at their own
 * rates, openness rising over the years and differing by country, and pairs of countries that
 * co-author more (or less) than their sizes say. Kept apart from `affiliations.ts`, which lays
 * the drawn countries out as addresses.
 */
import { COUNTRIES } from "./countries.ts";
import type { Country, Institution } from "./places.ts";
import { type Random, type Weighted, weighted, zipfWeights } from "./random.ts";

/** How the countries of papers change over the years; every country is named as WoS spells it. */
export interface WorldTrends {
  /** The countries, with their weights in `baseYear`. */
  readonly countries: readonly Country[];
  /** The year the countries' weights describe. */
  readonly baseYear: number;
  /** Yearly factor on a country's weight (1.08: 8% more each year after `baseYear`, 8% less each year before); missing countries 1. */
  readonly growth: Readonly<Record<string, number>>;
  /** Share of papers open to partners abroad in the first and the last year of the data set, linear in between. */
  readonly openShare: { readonly first: number; readonly last: number };
  /**
   * How international a country is, beyond its size: a factor on `openShare` for the papers it
   * leads (capped at 1) and on its weight as a partner; missing countries 1.
   */
  readonly openness: Readonly<Record<string, number>>;
  /**
   * Partners are drawn by weight to this power: below 1, large countries are partners less often
   * than their size says and small ones more often, so that small countries are the most international.
   */
  readonly partnerExponent: number;
  /** Factor on a partner's weight when the other country is the lead, both ways; a pair listed twice takes the product, missing pairs 1. */
  readonly affinity: readonly (readonly [string, string, number])[];
}

/** Draws the countries of one paper of `year`. */
export interface CountryDrawer {
  /** The country of the paper's first address. */
  lead(random: Random, year: number): Country;
  /** The probability that a paper led by `lead` is open to partners abroad. */
  openShare(lead: Country, year: number): number;
  /** The country of one more address of an open paper: a partner, or the lead again. */
  partner(random: Random, lead: Country, year: number): Country;
  /** One institution of the country, the most productive ones most often. */
  institution(random: Random, country: Country): Institution;
}

/** Share of papers open to partners abroad in the benchmarks' world. */
const STATIC_OPEN_SHARE = 0.4;

/** Each country's institutions, the first ones most productive (Zipf). */
function institutionDraws(countries: readonly Country[]): Map<Country, Weighted<Institution>> {
  return new Map(
    countries.map((c) => {
      const weights = zipfWeights(c.institutions.length, 1);
      return [c, weighted(c.institutions.map((institution, i) => [institution, weights[i] ?? 1] as const))];
    }),
  );
}

function institutionDrawer(countries: readonly Country[]): CountryDrawer["institution"] {
  const institutions = institutionDraws(countries);
  return (random, country) => {
    const draw = institutions.get(country);
    if (draw === undefined) throw new Error(`${country.name} is not a country of this world`);
    return draw.draw(random);
  };
}

const STATIC_COUNTRY: Weighted<Country> = weighted(COUNTRIES.map((c) => [c, c.weight] as const));

/** The benchmarks' world: the shares of `countries.ts` in every year, partners drawn by size alone. */
export const STATIC_WORLD: CountryDrawer = {
  lead: (random) => STATIC_COUNTRY.draw(random),
  openShare: () => STATIC_OPEN_SHARE,
  partner: (random) => STATIC_COUNTRY.draw(random),
  institution: institutionDrawer(COUNTRIES),
};

/**
 * Creates the drawer of a changing world for papers of `years`; its tables are built once here.
 * @param trends - the countries and how they change
 * @param years - the data set's years, inclusive; `openShare` runs from the first to the last
 * @throws Error when `trends` names a country it does not hold, or a factor is not positive
 * @example
 * const world = createCountryDrawer(trends, { from: 2006, to: 2023 });
 * world.lead(random, 2006).name // → "USA" more often than world.lead(random, 2023).name
 */
export function createCountryDrawer(
  trends: WorldTrends,
  years: { readonly from: number; readonly to: number },
): CountryDrawer {
  const byName = new Map(trends.countries.map((c) => [c.name, c] as const));
  const known = (name: string): string => {
    if (!byName.has(name))
      throw new Error(`world trends name "${name}", which is not one of their countries`);
    return name;
  };
  const positive = (factor: number, what: string): void => {
    if (!(factor > 0)) throw new Error(`${what} must be positive, got ${factor}`);
  };
  positive(trends.partnerExponent, "partnerExponent");
  for (const [name, factor] of Object.entries(trends.growth)) positive(factor, `growth of ${known(name)}`);
  for (const [name, factor] of Object.entries(trends.openness))
    positive(factor, `openness of ${known(name)}`);
  const affinity = new Map<string, number>();
  for (const [a, b, factor] of trends.affinity) {
    positive(factor, `affinity of ${known(a)} and ${known(b)}`);
    for (const key of a === b ? [`${a}|${b}`] : [`${a}|${b}`, `${b}|${a}`])
      affinity.set(key, (affinity.get(key) ?? 1) * factor);
  }

  const weightIn = (country: Country, year: number): number =>
    country.weight * (trends.growth[country.name] ?? 1) ** (year - trends.baseYear);
  const leads = new Map<number, Weighted<Country>>();
  const partners = new Map<string, Weighted<Country>>();
  for (let year = years.from; year <= years.to; year++) {
    leads.set(year, weighted(trends.countries.map((c) => [c, weightIn(c, year)] as const)));
    for (const lead of trends.countries) {
      const entries = trends.countries.map(
        (c) =>
          [
            c,
            weightIn(c, year) ** trends.partnerExponent *
              (trends.openness[c.name] ?? 1) *
              (affinity.get(`${lead.name}|${c.name}`) ?? 1),
          ] as const,
      );
      partners.set(`${year}|${lead.name}`, weighted(entries));
    }
  }
  const inYears = <K, T>(table: ReadonlyMap<K, T>, key: K, year: number): T => {
    const found = table.get(key);
    if (found === undefined) throw new Error(`${year} is outside ${years.from}–${years.to}`);
    return found;
  };
  const span = years.to - years.from;

  return {
    lead: (random, year) => inYears(leads, year, year).draw(random),
    openShare: (lead, year) => {
      const progress = span === 0 ? 0 : (year - years.from) / span;
      const share = trends.openShare.first + (trends.openShare.last - trends.openShare.first) * progress;
      return Math.min(1, share * (trends.openness[lead.name] ?? 1));
    },
    partner: (random, lead, year) => inYears(partners, `${year}|${lead.name}`, year).draw(random),
    institution: institutionDrawer(trends.countries),
  };
}
