/**
 * Prose of synthetic papers: titles, abstracts, author keywords and Keywords Plus, made from a
 * field's topics and a small academic vocabulary. The text is nonsense, but it has the length,
 * word shapes and characters of the real thing (`&`, `<`, `%`, accents in names elsewhere), which
 * is what a reader's speed and escaping depend on.
 */
import type { Field } from "./fields.ts";
import type { Random } from "./random.ts";

const ADJECTIVES =
  "novel|robust|efficient|scalable|comparative|integrated|multiscale|long-term|adaptive|high-performance|systematic|quantitative|sustainable|cross-sectional|nonlinear|hierarchical".split(
    "|",
  );
const METHODS =
  "framework|technique|model|strategy|method|algorithm|protocol|design|procedure|assessment|simulation|experiment".split(
    "|",
  );
const CONTEXTS =
  "a cohort of adults|urban areas|developing countries|field conditions|a randomized trial|laboratory conditions|real-world data|a multicenter study|Europe and Asia|coastal regions|a national survey|large-scale deployments".split(
    "|",
  );
const VERBS =
  "improves|reduces|enhances|predicts|modulates|increases|affects|suppresses|explains|accelerates".split("|");
const METRICS =
  "accuracy|efficiency|yield|stability|sensitivity|throughput|selectivity|response|capacity|resolution".split(
    "|",
  );
const PLUS_WORDS =
  "MODEL|PERFORMANCE|SYSTEM|GROWTH|EXPRESSION|IDENTIFICATION|MECHANISMS|DESIGN|RISK|IMPACT|DYNAMICS|OPTIMIZATION|CLASSIFICATION|PREDICTION|REMOVAL|ACTIVATION|SURFACE|TEMPERATURE|STRESS|QUALITY|PATHWAY|NETWORKS|EVOLUTION|DEGRADATION".split(
    "|",
  );

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A title of 6–18 words about two of the field's topics.
 * @example
 * title(random, chemistry) // → "A novel catalysis framework for adsorption in real-world data"
 */
export function title(random: Random, field: Field): string {
  const a = random.pick(field.topics);
  const b = random.pick(field.topics);
  switch (random.int(0, 4)) {
    case 0:
      return `A ${random.pick(ADJECTIVES)} ${a} ${random.pick(METHODS)} for ${b} in ${random.pick(CONTEXTS)}`;
    case 1:
      return `Effects of ${a} on ${b}: a ${random.pick(ADJECTIVES)} ${random.pick(METHODS)}`;
    case 2:
      return `${capitalize(a)} ${random.pick(VERBS)} ${b} ${random.pick(METRICS)} in ${random.pick(CONTEXTS)}`;
    case 3:
      return `${capitalize(random.pick(ADJECTIVES))} ${random.pick(METHODS)} of ${a} and ${b} based on ${random.pick(field.topics)}`;
    default:
      return `${capitalize(a)}: ${random.pick(ADJECTIVES)} ${random.pick(METRICS)} of ${b} under ${random.pick(CONTEXTS)}`;
  }
}

/**
 * An abstract of 6–11 sentences (roughly 120–260 words).
 * @example
 * abstract(random, chemistry) // → "This study investigates catalysis in urban areas. … (p < 0.01). …"
 */
export function abstract(random: Random, field: Field): string {
  const sentences: string[] = [];
  const count = random.int(6, 11);
  for (let i = 0; i < count; i++) {
    const a = random.pick(field.topics);
    const b = random.pick(field.topics);
    switch (random.int(0, 7)) {
      case 0:
        sentences.push(`This study investigates the role of ${a} in ${random.pick(CONTEXTS)}.`);
        break;
      case 1:
        sentences.push(
          `We propose a ${random.pick(ADJECTIVES)} ${random.pick(METHODS)} to quantify how ${a} ${random.pick(VERBS)} ${b}.`,
        );
        break;
      case 2:
        sentences.push(
          `The results show that ${a} ${random.pick(VERBS)} ${random.pick(METRICS)} by ${random.int(3, 87)}.${random.int(0, 9)}% compared with conventional ${b}.`,
        );
        break;
      case 3:
        sentences.push(
          `A total of ${random.int(12, 9800)} samples from ${random.pick(CONTEXTS)} were analysed using ${random.pick(ADJECTIVES)} ${random.pick(METHODS)}s & standard protocols.`,
        );
        break;
      case 4:
        sentences.push(
          `A significant association was observed between ${a} and ${b} (p < 0.0${random.int(1, 5)}, n = ${random.int(20, 5000)}).`,
        );
        break;
      case 5:
        sentences.push(
          `Furthermore, ${a} was strongly associated with ${b}, which ${random.pick(VERBS)} the overall ${random.pick(METRICS)}.`,
        );
        break;
      case 6:
        sentences.push(
          `Compared with existing ${random.pick(METHODS)}s, the proposed ${random.pick(METHODS)} achieved ${random.int(2, 40)}% higher ${random.pick(METRICS)} at a lower cost.`,
        );
        break;
      default:
        sentences.push(
          `These findings provide ${random.pick(ADJECTIVES)} insights into ${a} and open new directions for research on ${b}.`,
        );
    }
  }
  return sentences.join(" ");
}

/**
 * Author keywords (DE): 3–7 distinct phrases, mostly the field's topics.
 * @example
 * authorKeywords(random, chemistry) // → ["catalysis", "adsorption", "density functional theory", "robust model"]
 */
export function authorKeywords(random: Random, field: Field): string[] {
  const keywords = new Set<string>();
  const count = random.int(3, 7);
  for (let attempt = 0; keywords.size < count && attempt < 20; attempt++) {
    keywords.add(
      random.chance(0.75) ? random.pick(field.topics) : `${random.pick(ADJECTIVES)} ${random.pick(METHODS)}`,
    );
  }
  return [...keywords];
}

/**
 * Keywords Plus (ID): 0–10 distinct upper-case terms.
 * @example
 * keywordsPlus(random, chemistry) // → ["CATALYSIS", "MODEL", "SURFACE"]
 */
export function keywordsPlus(random: Random, field: Field): string[] {
  const keywords = new Set<string>();
  const count = random.int(0, 10);
  for (let attempt = 0; keywords.size < count && attempt < 30; attempt++) {
    keywords.add(random.chance(0.4) ? random.pick(field.topics).toUpperCase() : random.pick(PLUS_WORDS));
  }
  return [...keywords];
}
