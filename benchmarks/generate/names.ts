/**
 * Author names of synthetic papers: a pool of surnames and given names per region, and the
 * three forms WoS writes a person in (AF `Sato, Akira`, AU `Sato, A`, XML first/last name).
 * Names are unique within a paper (by the key WoS-name matching uses: no case, no periods,
 * no accents), because OI/RI entries are linked to authors by name and a clash would make
 * the reader warn about a link it cannot make, which real exports rarely need.
 */
import type { NameRegion } from "./places.ts";
import type { Random } from "./random.ts";

/** One author's name in the forms WoS writes. */
export interface PersonName {
  /** Surname (`Cordova-Lizama`). */
  readonly surname: string;
  /** Given names (`Alfredo`, `Yong Fuga`, `John A.`). */
  readonly given: string;
  /** AF form, `Surname, Given`. */
  readonly fullName: string;
  /** AU form, `Surname, Initials` (`Li, YF`). */
  readonly name: string;
}

/** A region's names, with the AU initials of each given name worked out once. */
interface Pool {
  readonly surnames: readonly string[];
  readonly given: readonly string[];
  readonly initials: readonly string[];
}

/** Surnames and given names per region, `|`-separated so the table stays one line per list. */
const POOL_TEXT: Readonly<Record<NameRegion, readonly [string, string]>> = {
  anglo: [
    "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Martin|Jackson|Thompson|White|Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Hill|Green|Adams|Baker|Nelson|Campbell|O'Brien|MacDonald",
    "James|John|Robert|Michael|William|David|Richard|Thomas|Mary|Patricia|Jennifer|Linda|Elizabeth|Susan|Jessica|Sarah|Karen|Emily|Daniel|Matthew|Andrew|Laura|Rachel|Peter|Helen|Christopher|Amanda|Benjamin",
  ],
  chinese: [
    "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Luo|Gao|Zheng|Liang|Xie|Song|Tang|Han|Feng|Deng|Cao|Peng",
    "Wei|Xin|Jieming|Zhiqing|Weiming|Yijie|Huixin|Luanjian|Shuai|Xinquan|Yan|Jing|Hao|Lei|Tao|Yu|Ming|Jun|Fang|Qiang|Xiaoming|Hongwei|Yanping|Jianhua|Lijuan|Yong Fuga|Zhenyu|Haiyan",
  ],
  japanese: [
    "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Yamaguchi|Matsumoto|Inoue|Kimura|Hayashi|Shimizu|Yamazaki",
    "Akira|Hiroshi|Takashi|Kenji|Yuki|Haruto|Satoshi|Naoko|Yoko|Keiko|Daisuke|Shota|Kazuki|Mika|Tomoko|Ryo|Takeshi|Emi|Hiroki|Ayumi",
  ],
  korean: [
    "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang",
    "Min-Jun|Seo-Yeon|Ji-Hoon|Jae-Hyun|Hyun-Woo|Su-Bin|Dong-Hyun|Eun-Ji|Sung-Min|Ji-Won|Young-Ho|Hye-Jin|Sang-Hoon|Mi-Kyung",
  ],
  "south-asian": [
    "Kumar|Singh|Sharma|Patel|Gupta|Reddy|Rao|Das|Khan|Ahmed|Iqbal|Hussain|Mishra|Verma|Nair|Iyer|Chatterjee|Banerjee|Jain|Malik",
    "Rahul|Amit|Priya|Anjali|Vikram|Suresh|Ramesh|Deepak|Sunita|Arjun|Muhammad|Ali|Sana|Kavita|Sanjay|Pooja|Imran|Ayesha|Naveen|Lakshmi",
  ],
  arabic: [
    "Al-Sayed|Hassan|Ibrahim|Mahmoud|Mostafa|Abdullah|Al-Harbi|Al-Qahtani|El-Sayed|Saleh|Yousef|Haddad|Nasser|Khalil|Farouk|Cohen|Levi|Mizrahi",
    "Ahmed|Mohamed|Omar|Fatima|Khaled|Youssef|Mona|Nour|Tarek|Rania|Hassan|Layla|Karim|Samir|Noa|Yael|David|Amir",
  ],
  persian: [
    "Hosseini|Mohammadi|Ahmadi|Rezaei|Karimi|Moradi|Jafari|Rahimi|Hashemi|Ebadollahi|Motie|Nemati|Sadeghi|Ghasemi",
    "Mohammadali|Sanaz|Seyed Mehdi|Yasaman|Saeed|Reza|Maryam|Zahra|Hossein|Fatemeh|Amir|Hamid|Narges|Ali",
  ],
  turkish: [
    "Yilmaz|Kaya|Demir|Sahin|Celik|Yildiz|Yildirim|Ozturk|Aydin|Ozdemir|Arslan|Dogan|Kilic|Aslan",
    "Mehmet|Mustafa|Ahmet|Ayse|Fatma|Emre|Elif|Burak|Zeynep|Can|Selin|Murat|Deniz|Ozge",
  ],
  germanic: [
    "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf|de Vries|van den Berg|Janssens|Peeters|Bakker|Visser|Huber|Gruber",
    "Thomas|Michael|Andreas|Stefan|Julia|Anna|Katharina|Markus|Sabine|Jan|Lukas|Jürgen|Maximilian|Lena|Pieter|Sanne|Bart|Els|Florian|Birgit",
  ],
  nordic: [
    "Hansen|Johansson|Andersson|Nielsen|Larsen|Karlsson|Nilsson|Pedersen|Eriksson|Virtanen|Korhonen|Olsen|Lindqvist|Berg|Jónsson|Tamm",
    "Lars|Anders|Erik|Ingrid|Karin|Mikael|Sofia|Henrik|Maria|Jukka|Anna-Liisa|Ole|Astrid|Nils|Sigrid|Mikko",
  ],
  french: [
    "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|Garcia|Roux|Fournier|Girard",
    "Jean|Pierre|Marie|Sophie|Nicolas|Julien|Camille|Céline|François|Isabelle|Mathieu|Claire|Antoine|Hélène|Jean-Luc|Élodie",
  ],
  italian: [
    "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Costa|Giordano",
    "Marco|Giuseppe|Francesca|Alessandro|Giulia|Luca|Chiara|Matteo|Paolo|Sara|Andrea|Federica|Stefano|Elena|Roberto|Valentina",
  ],
  iberian: [
    "Garcia|Rodriguez|Martinez|Lopez|Gonzalez|Fernandez|Sanchez|Perez|Gomez|Silva|Santos|Oliveira|Souza|Pereira|Costa|Cordova-Lizama|Ruiz-Espinoza|Castro-Olivera|Gonçalves|Muñoz",
    "José|Juan|Carlos|María|Ana|Luis|Javier|Lucía|João|Pedro|Mariana|Rafael|Camila|Diego|Alfredo|Fernanda|Gabriel|Beatriz",
  ],
  slavic: [
    "Ivanov|Smirnov|Kuznetsov|Popov|Novak|Kowalski|Nowak|Wisniewski|Horvat|Petrovic|Jovanovic|Kovacs|Nagy|Popescu|Papadopoulos|Shevchenko|Dvorak|Wójcik",
    "Alexander|Sergey|Dmitry|Olga|Elena|Natalia|Piotr|Katarzyna|Tomasz|Marko|Ivana|Andrei|Mihai|Georgios|Dimitra|Łukasz|Jana|Zsolt",
  ],
  african: [
    "Okafor|Adeyemi|Mensah|Nkosi|Dlamini|Mwangi|Otieno|Tesfaye|Bekele|Okonkwo|Ndlovu|Kamara|Diallo|Traore|Asante|Mutua",
    "Chinedu|Oluwaseun|Kwame|Thabo|Amara|Wanjiru|Abebe|Fatou|Nomvula|Emeka|Ngozi|Sipho|Aisha|Kofi|Zanele|Tendai",
  ],
  "southeast-asian": [
    "Nguyen|Tran|Le|Pham|Hoang|Santoso|Wijaya|Rahman|Abdullah|Ismail|Tan|Lim|Srisai|Wongsuwan|Chaiyasit|Pratama",
    "Minh|Anh|Thanh|Huong|Budi|Siti|Ahmad|Nurul|Somchai|Ploy|Hafiz|Dewi|Tuan|Linh|Aziz|Kanya",
  ],
};

const POOLS = new Map<NameRegion, Pool>(
  (Object.entries(POOL_TEXT) as [NameRegion, readonly [string, string]][]).map(
    ([region, [surnames, given]]) => {
      const givenNames = given.split("|");
      return [
        region,
        { surnames: surnames.split("|"), given: givenNames, initials: givenNames.map(initials) },
      ];
    },
  ),
);
const ALL_POOLS: readonly Pool[] = [...POOLS.values()];

/**
 * AU initials of given names: first letter of each word and of each hyphenated part.
 * @example
 * initials("Yong Fuga") // → "YF"
 * initials("Jae-Hyun") // → "JH"
 */
export function initials(given: string): string {
  return given
    .split(/[\s-]+/)
    .map((part) => part.charAt(0).toUpperCase())
    .join("");
}

/** The key WoS-style name matching compares: accents, case, periods and spacing ignored. */
function nameKey(fullName: string): string {
  return fullName
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[.\s]+/g, " ")
    .trim();
}

/** Hands out names that are unique within one paper. */
export interface NameDrawer {
  /** A new name from the region's pool, different from every name drawn before. */
  draw(random: Random, region: NameRegion): PersonName;
}

/**
 * Creates a per-paper name drawer.
 * @example
 * const names = createNameDrawer();
 * names.draw(random, "japanese"); // → { surname: "Sato", given: "Akira", fullName: "Sato, Akira", name: "Sato, A" }
 */
export function createNameDrawer(): NameDrawer {
  const used = new Set<string>();
  return {
    draw(random, region) {
      const { surnames, given: givens } = POOLS.get(region) as Pool;
      const surname = random.pick(surnames);
      let given = random.pick(givens);
      // Large papers exhaust a pool's pairs: add middle initials until the name is new.
      for (let attempt = 0; used.has(nameKey(`${surname}, ${given}`)); attempt++) {
        given = `${random.pick(givens)} ${String.fromCharCode(65 + random.int(0, 25))}.`;
        if (attempt > 8) given = `${given} ${String.fromCharCode(65 + (attempt % 26))}.`;
      }
      const fullName = `${surname}, ${given}`;
      used.add(nameKey(fullName));
      return { surname, given, fullName, name: `${surname}, ${initials(given)}` };
    },
  };
}

/**
 * The AU form of a name from any region, for cited-reference authors (who need not be unique).
 * @example
 * anyAuthorName(random) // → "Nguyen, M"
 */
export function anyAuthorName(random: Random): string {
  const pool = random.pick(ALL_POOLS);
  return `${random.pick(pool.surnames)}, ${random.pick(pool.initials)}`;
}
