/**
 * What synthetic papers are about: the 22 ESI fields, each with its share of WoS output, its
 * Web of Science categories (WC names as they appear in the shared samples) with their research
 * areas (SC), the topic words its titles, keywords and journals are made of, and the departments
 * its addresses name. A paper belongs to one field; most of its categories come from it.
 */
import { type Random, type Weighted, weighted, zipfWeights } from "./random.ts";

/** One Web of Science category with the research area WoS files it under. */
export interface Category {
  /** WC name (`Chemistry, Physical`). */
  readonly wc: string;
  /** SC research area (`Chemistry`). */
  readonly sc: string;
}

/** One ESI field. */
export interface Field {
  /** ESI field name. */
  readonly name: string;
  /** Relative share of papers. */
  readonly weight: number;
  /** Categories, most common first. */
  readonly categories: readonly Category[];
  /** Lower-case topic phrases for titles, keywords and journal names. */
  readonly topics: readonly string[];
  /** Sub-organizations (departments) as WoS abbreviates them. */
  readonly departments: readonly string[];
}

/** `WC>SC` pairs separated by `|`; a pair without `>` has SC equal to WC. */
function categories(text: string): Category[] {
  return text.split("|").map((pair) => {
    const [wc = "", sc] = pair.split(">");
    return { wc, sc: sc ?? wc };
  });
}

function field(name: string, weight: number, wc: string, topics: string, departments: string): Field {
  return {
    name,
    weight,
    categories: categories(wc),
    topics: topics.split("|"),
    departments: departments.split("|"),
  };
}

/** The 22 ESI fields with weights close to their share of WoS papers. */
export const FIELDS: readonly Field[] = [
  field(
    "Clinical Medicine",
    18,
    "Oncology|Medicine, General & Internal>General & Internal Medicine|Cardiac & Cardiovascular Systems>Cardiovascular System & Cardiology|Surgery|Public, Environmental & Occupational Health|Clinical Neurology>Neurosciences & Neurology|Gastroenterology & Hepatology|Endocrinology & Metabolism|Radiology, Nuclear Medicine & Medical Imaging|Infectious Diseases|Nutrition & Dietetics|Health Care Sciences & Services|Pediatrics|Respiratory System|Critical Care Medicine>General & Internal Medicine|Orthopedics|Rehabilitation|Nursing",
    "breast cancer|heart failure|type 2 diabetes|sepsis|obesity|chronic kidney disease|stroke|colorectal cancer|hypertension|covid-19|liver fibrosis|randomized trial|mortality|quality of life",
    "Dept Med|Dept Surg|Sch Med|Dept Oncol|Dept Cardiol|Dept Publ Hlth|Div Infect Dis|Dept Radiol",
  ),
  field(
    "Engineering",
    10,
    "Engineering, Electrical & Electronic>Engineering|Energy & Fuels|Engineering, Mechanical>Engineering|Engineering, Civil>Engineering|Engineering, Chemical>Engineering|Telecommunications|Automation & Control Systems|Engineering, Environmental>Engineering|Instruments & Instrumentation|Construction & Building Technology|Thermodynamics|Mechanics|Engineering, Multidisciplinary>Engineering|Engineering, Biomedical>Engineering|Transportation Science & Technology>Transportation|Robotics|Acoustics|Engineering, Aerospace>Engineering|Remote Sensing|Imaging Science & Photographic Technology|Engineering, Industrial>Engineering|Engineering, Manufacturing>Engineering|Nuclear Science & Technology",
    "power system|wireless network|heat transfer|fatigue|lithium-ion battery|concrete|fault diagnosis|model predictive control|wind turbine|antenna design|signal processing|additive manufacturing|vibration|hydrogen production",
    "Dept Elect Engn|Sch Mech Engn|Dept Civil Engn|Sch Elect Informat & Commun|Dept Chem Engn|Sch Energy & Power Engn|Dept Automat",
  ),
  field(
    "Chemistry",
    10,
    "Chemistry, Multidisciplinary>Chemistry|Chemistry, Physical>Chemistry|Chemistry, Analytical>Chemistry|Chemistry, Applied>Chemistry|Electrochemistry|Polymer Science|Chemistry, Organic>Chemistry|Chemistry, Inorganic & Nuclear>Chemistry|Chemistry, Medicinal>Pharmacology & Pharmacy|Spectroscopy",
    "catalysis|metal-organic framework|photocatalysis|electrocatalyst|asymmetric synthesis|adsorption|fluorescent probe|polymer|oxygen evolution|density functional theory|nanoparticles|ionic liquid",
    "Dept Chem|Sch Chem & Chem Engn|Coll Chem & Mol Engn|State Key Lab Fine Chem|Inst Chem",
  ),
  field(
    "Materials Science",
    6,
    "Materials Science, Multidisciplinary>Materials Science|Nanoscience & Nanotechnology>Science & Technology - Other Topics|Metallurgy & Metallurgical Engineering|Materials Science, Composites>Materials Science|Materials Science, Ceramics>Materials Science|Materials Science, Biomaterials>Materials Science|Materials Science, Characterization & Testing>Materials Science|Materials Science, Textiles>Materials Science|Materials Science, Paper & Wood>Materials Science",
    "perovskite|graphene|thin films|high-entropy alloy|microstructure|corrosion|composites|two-dimensional materials|solar cells|mechanical properties",
    "Dept Mat Sci & Engn|Sch Mat Sci & Engn|State Key Lab Met Matrix Composites|Inst Met Res",
  ),
  field(
    "Physics",
    6,
    "Physics, Applied>Physics|Physics, Condensed Matter>Physics|Physics, Multidisciplinary>Physics|Optics|Physics, Particles & Fields>Physics|Physics, Atomic, Molecular & Chemical>Physics|Physics, Fluids & Plasmas>Physics|Physics, Nuclear>Physics",
    "superconductivity|topological insulator|quantum dots|laser|dark matter|plasma|spin dynamics|photonic crystal|higgs boson|quantum entanglement",
    "Dept Phys|Sch Phys|Inst Phys|Dept Phys & Astron|Lab Solid State Microstruct",
  ),
  field(
    "Social Sciences, general",
    6,
    "Education & Educational Research|Environmental Studies>Environmental Sciences & Ecology|Sociology|Political Science>Government & Law|Geography|Law>Government & Law|Public Administration|Communication|Urban Studies|Regional & Urban Planning>Public Administration|Anthropology|International Relations|Social Sciences, Interdisciplinary>Social Sciences - Other Topics|Information Science & Library Science|Development Studies",
    "higher education|social capital|migration|public policy|gender|urbanization|social media|inequality|governance|teacher education",
    "Sch Educ|Dept Sociol|Sch Publ Policy|Dept Geog|Fac Law|Sch Social Sci",
  ),
  field(
    "Biology & Biochemistry",
    5,
    "Biochemistry & Molecular Biology|Biotechnology & Applied Microbiology|Biophysics|Biology>Life Sciences & Biomedicine - Other Topics|Biochemical Research Methods>Biochemistry & Molecular Biology|Physiology",
    "protein folding|enzyme kinetics|mitochondria|oxidative stress|metabolism|membrane transport|signal transduction|crispr",
    "Dept Biochem|Dept Biol|Sch Life Sci|Inst Biochem & Cell Biol",
  ),
  field(
    "Environment/Ecology",
    5,
    "Environmental Sciences>Environmental Sciences & Ecology|Ecology>Environmental Sciences & Ecology|Green & Sustainable Science & Technology>Science & Technology - Other Topics|Water Resources|Biodiversity Conservation>Biodiversity & Conservation|Evolutionary Biology|Limnology>Marine & Freshwater Biology",
    "climate change|heavy metals|microplastics|biodiversity|wastewater treatment|land use|carbon emissions|species distribution|ecosystem services",
    "Coll Environm Sci & Engn|Dept Ecol|Sch Environm|Res Ctr Ecoenvironm Sci",
  ),
  field(
    "Plant & Animal Science",
    5,
    "Plant Sciences|Zoology|Marine & Freshwater Biology|Entomology|Fisheries|Forestry|Veterinary Sciences|Ornithology",
    "arabidopsis|drought stress|gene expression|fish|insect|forest|seed germination|phylogeny|coral reef|livestock",
    "Coll Life Sci|Dept Plant Biol|Dept Zool|Coll Forestry|Fac Vet Med",
  ),
  field(
    "Computer Science",
    4,
    "Computer Science, Artificial Intelligence>Computer Science|Computer Science, Information Systems>Computer Science|Computer Science, Theory & Methods>Computer Science|Computer Science, Interdisciplinary Applications>Computer Science|Computer Science, Software Engineering>Computer Science|Computer Science, Hardware & Architecture>Computer Science|Computer Science, Cybernetics>Computer Science",
    "deep learning|federated learning|graph neural network|blockchain|edge computing|image segmentation|reinforcement learning|large language model|recommender system|cybersecurity",
    "Dept Comp Sci|Sch Comp Sci & Engn|Coll Comp Sci|Dept Informat",
  ),
  field(
    "Neuroscience & Behavior",
    3,
    "Neurosciences>Neurosciences & Neurology|Behavioral Sciences|Neuroimaging>Neurosciences & Neurology|Psychology, Biological>Psychology",
    "alzheimer disease|synaptic plasticity|parkinson disease|hippocampus|functional mri|pain|neuroinflammation|memory",
    "Dept Neurosci|Dept Neurol|Inst Neurosci|Ctr Brain Res",
  ),
  field(
    "Molecular Biology & Genetics",
    3,
    "Genetics & Heredity|Cell Biology|Developmental Biology|Mathematical & Computational Biology|Cell & Tissue Engineering",
    "genome-wide association|single-cell sequencing|microrna|epigenetics|stem cells|transcriptome|dna repair|autophagy",
    "Dept Genet|Dept Cell Biol|Inst Genet & Dev Biol|Dept Mol Biol",
  ),
  field(
    "Geosciences",
    3,
    "Geosciences, Multidisciplinary>Geology|Meteorology & Atmospheric Sciences|Geochemistry & Geophysics|Oceanography|Geography, Physical>Physical Geography|Geology|Mineralogy|Paleontology",
    "precipitation|earthquake|groundwater|aerosol|sea level|permafrost|sediment|monsoon",
    "Dept Earth Sci|Sch Earth Sci|Inst Atmospher Phys|Dept Geol",
  ),
  field(
    "Agricultural Sciences",
    2.5,
    "Food Science & Technology|Agronomy>Agriculture|Agriculture, Multidisciplinary>Agriculture|Agricultural Engineering>Agriculture|Soil Science>Agriculture|Horticulture>Agriculture|Agriculture, Dairy & Animal Science>Agriculture",
    "wheat|rice yield|soil organic carbon|nitrogen fertilizer|food safety|maize|irrigation|antioxidant activity",
    "Coll Agron|Dept Food Sci|Coll Resources & Environm|Dept Soil Sci",
  ),
  field(
    "Pharmacology & Toxicology",
    2.5,
    "Pharmacology & Pharmacy|Toxicology",
    "drug delivery|pharmacokinetics|cytotoxicity|nanocarrier|drug resistance|hepatotoxicity",
    "Sch Pharm|Dept Pharmacol|Coll Pharm|Dept Toxicol",
  ),
  field(
    "Psychiatry/Psychology",
    2.5,
    "Psychiatry|Psychology, Multidisciplinary>Psychology|Psychology, Clinical>Psychology|Psychology, Developmental>Psychology|Psychology, Experimental>Psychology|Psychology, Social>Psychology|Psychology, Applied>Psychology|Substance Abuse",
    "depression|anxiety|schizophrenia|adolescents|emotion regulation|wellbeing|autism|cognitive behavioral therapy",
    "Dept Psychiat|Dept Psychol|Sch Psychol",
  ),
  field(
    "Economics & Business",
    2.5,
    "Economics>Business & Economics|Management>Business & Economics|Business>Business & Economics|Business, Finance>Business & Economics|Operations Research & Management Science|Agricultural Economics & Policy>Agriculture|Hospitality, Leisure, Sport & Tourism>Social Sciences - Other Topics",
    "innovation|supply chain|corporate governance|firm performance|monetary policy|entrepreneurship|stock returns|tourism",
    "Sch Econ|Sch Management|Business Sch|Dept Finance",
  ),
  field(
    "Mathematics",
    2.5,
    "Mathematics, Applied>Mathematics|Mathematics|Statistics & Probability>Mathematics|Mathematics, Interdisciplinary Applications>Mathematics",
    "fractional differential equations|graph theory|stability|bayesian inference|optimization|numerical methods|banach spaces",
    "Dept Math|Sch Math Sci|Dept Stat",
  ),
  field(
    "Microbiology",
    1.5,
    "Microbiology|Virology|Mycology|Parasitology",
    "gut microbiota|antibiotic resistance|biofilm|sars-cov-2|bacteriophage|fungal pathogen",
    "Dept Microbiol|Inst Microbiol|State Key Lab Virol",
  ),
  field(
    "Immunology",
    1.5,
    "Immunology|Allergy",
    "t cells|vaccine|inflammation|macrophages|autoimmunity|cytokines",
    "Dept Immunol|Inst Immunol",
  ),
  field(
    "Space Science",
    0.8,
    "Astronomy & Astrophysics",
    "galaxies|exoplanets|gravitational waves|solar wind|star formation|cosmic rays",
    "Dept Astron|Inst Astrophys|Natl Astron Observ",
  ),
  field(
    "Multidisciplinary",
    0.7,
    "Multidisciplinary Sciences>Science & Technology - Other Topics",
    "climate|evolution|quantum materials|human health|biodiversity",
    "Dept Sci|Inst Adv Study",
  ),
];

/** Each field's categories, the first ones more common. */
const OWN_CATEGORIES = new Map<Field, Weighted<Category>>(
  FIELDS.map((field) => {
    const weights = zipfWeights(field.categories.length, 0.8);
    return [field, weighted(field.categories.map((c, i) => [c, weights[i] ?? 1] as const))];
  }),
);

/**
 * 1–3 categories of a paper, mostly of its field, sorted by WC as WoS lists them.
 * @example
 * categoriesOf(random, chemistry) // → [{ wc: "Chemistry, Physical", sc: "Chemistry" }, { wc: "Electrochemistry", sc: "Electrochemistry" }]
 */
export function categoriesOf(random: Random, field: Field): Category[] {
  const own = OWN_CATEGORIES.get(field) as Weighted<Category>;
  const chosen = new Map<string, Category>();
  const add = (category: Category): void => {
    chosen.set(category.wc, category);
  };
  add(own.draw(random));
  if (random.chance(0.35)) add(own.draw(random));
  if (random.chance(0.15)) add(random.pick(random.pick(FIELDS).categories));
  return [...chosen.values()].sort((a, b) => (a.wc < b.wc ? -1 : a.wc > b.wc ? 1 : 0));
}
