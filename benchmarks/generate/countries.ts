/**
 * The countries of synthetic papers: about 75, spelled as WoS spells them in the last segment
 * of an address (`Peoples R China`, `England`, `U Arab Emirates`, `Bosnia & Herceg`, …), each
 * with a weight close to its share of WoS addresses in the 2020s, its postal layout, the name
 * pool of its authors and a few institutions (real abbreviated names with the unified
 * `pref="Y"` name, city and postcode), most productive first. Kept as data, one row per
 * institution.
 */
import type { Country, NameRegion, PostalStyle } from "./places.ts";

type InstitutionRow = readonly [name: string, preferred: string, city: string, zip?: string, region?: string];

function country(
  name: string,
  weight: number,
  region: NameRegion,
  postal: PostalStyle,
  rows: readonly InstitutionRow[],
  renamed: Country["renamed"] = null,
): Country {
  const institutions = rows.map(([n, preferred, city, zip, state]) => ({
    name: n,
    preferred,
    city,
    region: state ?? null,
    zip: zip ?? null,
  }));
  return { name, renamed, weight, region, postal, institutions };
}

/** Countries of the synthetic world, heaviest first; weights are percentages of addresses, roughly. */
export const COUNTRIES: readonly Country[] = [
  country("USA", 20, "anglo", "us", [
    ["Harvard Univ", "Harvard University", "Cambridge", "02138", "MA"],
    ["Stanford Univ", "Stanford University", "Stanford", "94305", "CA"],
    ["NIH", "National Institutes of Health (NIH) - USA", "Bethesda", "20892", "MD"],
    ["Univ Michigan", "University of Michigan System", "Ann Arbor", "48109", "MI"],
    ["Johns Hopkins Univ", "Johns Hopkins University", "Baltimore", "21218", "MD"],
    ["Univ Washington", "University of Washington", "Seattle", "98195", "WA"],
    ["Univ Calif Los Angeles", "University of California Los Angeles", "Los Angeles", "90095", "CA"],
    ["MIT", "Massachusetts Institute of Technology (MIT)", "Cambridge", "02139", "MA"],
    ["Univ Penn", "University of Pennsylvania", "Philadelphia", "19104", "PA"],
    ["Mayo Clin", "Mayo Clinic", "Rochester", "55905", "MN"],
    ["Univ Texas Austin", "University of Texas Austin", "Austin", "78712", "TX"],
    ["Ohio State Univ", "Ohio State University", "Columbus", "43210", "OH"],
    ["Univ Wisconsin", "University of Wisconsin Madison", "Madison", "53706", "WI"],
    ["Cornell Univ", "Cornell University", "Ithaca", "14853", "NY"],
    ["Georgia Inst Technol", "Georgia Institute of Technology", "Atlanta", "30332", "GA"],
    ["Univ N Carolina", "University of North Carolina Chapel Hill", "Chapel Hill", "27599", "NC"],
    ["Yale Univ", "Yale University", "New Haven", "06520", "CT"],
    ["Univ Florida", "University of Florida", "Gainesville", "32611", "FL"],
  ]),
  country("Peoples R China", 20, "chinese", "after-city", [
    ["Chinese Acad Sci", "Chinese Academy of Sciences", "Beijing", "100190"],
    ["Tsinghua Univ", "Tsinghua University", "Beijing", "100084"],
    ["Zhejiang Univ", "Zhejiang University", "Hangzhou", "310058"],
    ["Shanghai Jiao Tong Univ", "Shanghai Jiao Tong University", "Shanghai", "200240"],
    ["Peking Univ", "Peking University", "Beijing", "100871"],
    ["Huazhong Univ Sci & Technol", "Huazhong University of Science & Technology", "Wuhan", "430074"],
    ["Sun Yat Sen Univ", "Sun Yat Sen University", "Guangzhou", "510275"],
    ["Fudan Univ", "Fudan University", "Shanghai", "200433"],
    ["Sichuan Univ", "Sichuan University", "Chengdu", "610065"],
    ["Harbin Inst Technol", "Harbin Institute of Technology", "Harbin", "150001"],
    ["Wuhan Univ", "Wuhan University", "Wuhan", "430072"],
    ["Cent South Univ", "Central South University", "Changsha", "410083"],
    ["Xi An Jiao Tong Univ", "Xi'an Jiaotong University", "Xian", "710049"],
    ["Shandong Univ", "Shandong University", "Jinan", "250100"],
    ["Nanjing Univ", "Nanjing University", "Nanjing", "210023"],
    ["Univ Hong Kong", "University of Hong Kong", "Hong Kong"],
    ["Chinese Univ Hong Kong", "Chinese University of Hong Kong", "Shatin"],
  ]),
  country("England", 4.5, "anglo", "after-city", [
    ["Univ Oxford", "University of Oxford", "Oxford", "OX1 3PU"],
    ["Univ Cambridge", "University of Cambridge", "Cambridge", "CB2 1TN"],
    ["UCL", "University College London", "London", "WC1E 6BT"],
    ["Imperial Coll London", "Imperial College London", "London", "SW7 2AZ"],
    ["Univ Manchester", "University of Manchester", "Manchester", "M13 9PL"],
    ["Kings Coll London", "King's College London", "London", "WC2R 2LS"],
    ["Univ Bristol", "University of Bristol", "Bristol", "BS8 1TH"],
    ["Univ Birmingham", "University of Birmingham", "Birmingham", "B15 2TT"],
  ]),
  country("Scotland", 0.9, "anglo", "after-city", [
    ["Univ Edinburgh", "University of Edinburgh", "Edinburgh", "EH8 9YL"],
    ["Univ Glasgow", "University of Glasgow", "Glasgow", "G12 8QQ"],
    ["Univ St Andrews", "University of St Andrews", "St Andrews", "KY16 9AJ"],
  ]),
  country("Wales", 0.35, "anglo", "after-city", [
    ["Cardiff Univ", "Cardiff University", "Cardiff", "CF10 3AT"],
    ["Swansea Univ", "Swansea University", "Swansea", "SA2 8PP"],
  ]),
  country("North Ireland", 0.2, "anglo", "after-city", [
    ["Queens Univ Belfast", "Queens University Belfast", "Belfast", "BT7 1NN"],
    ["Ulster Univ", "Ulster University", "Coleraine", "BT52 1SA"],
  ]),
  country("Germany", 5.5, "germanic", "before-city", [
    ["Tech Univ Munich", "Technical University of Munich", "Garching", "D-85748"],
    ["Heidelberg Univ", "Ruprecht Karls University Heidelberg", "Heidelberg", "D-69120"],
    ["Max Planck Inst Astron", "Max Planck Society", "Heidelberg", "D-69117"],
    ["Humboldt Univ", "Humboldt University of Berlin", "Berlin", "D-10099"],
    ["Charite Univ Med Berlin", "Charite Universitatsmedizin Berlin", "Berlin", "D-10117"],
    ["Univ Hamburg", "University of Hamburg", "Hamburg", "D-20146"],
    ["Rhein Westfal TH Aachen", "RWTH Aachen University", "Aachen", "D-52062"],
    ["Helmholtz Zentrum Munchen", "Helmholtz Association", "Neuherberg", "D-85764"],
  ]),
  country("Japan", 4, "japanese", "after-city", [
    ["Univ Tokyo", "University of Tokyo", "Tokyo", "1130033"],
    ["Kyoto Univ", "Kyoto University", "Kyoto", "6068501"],
    ["Osaka Univ", "Osaka University", "Suita", "5650871"],
    ["Tohoku Univ", "Tohoku University", "Sendai", "9808577"],
    ["RIKEN", "RIKEN", "Wako", "3510198"],
    ["Nagoya Univ", "Nagoya University", "Nagoya", "4648601"],
    ["Kyushu Univ", "Kyushu University", "Fukuoka", "8190395"],
    ["Hokkaido Univ", "Hokkaido University", "Sapporo", "0600808"],
  ]),
  country("India", 4, "south-asian", "after-city", [
    [
      "Indian Inst Technol Delhi",
      "Indian Institute of Technology System (IIT System)",
      "New Delhi",
      "110016",
    ],
    ["Indian Inst Sci", "Indian Institute of Science (IISC) - Bangalore", "Bangalore", "560012"],
    [
      "All India Inst Med Sci",
      "All India Institute of Medical Sciences (AIIMS) New Delhi",
      "New Delhi",
      "110029",
    ],
    ["Indian Inst Technol Bombay", "Indian Institute of Technology System (IIT System)", "Mumbai", "400076"],
    ["Anna Univ", "Anna University", "Chennai", "600025"],
    ["Banaras Hindu Univ", "Banaras Hindu University (BHU)", "Varanasi", "221005"],
    ["Univ Delhi", "University of Delhi", "Delhi", "110007"],
  ]),
  country("Italy", 3.5, "italian", "before-city", [
    ["Univ Milan", "University of Milan", "Milan", "I-20133"],
    ["Sapienza Univ Rome", "Sapienza University Rome", "Rome", "I-00185"],
    ["Univ Bologna", "University of Bologna", "Bologna", "I-40126"],
    ["Univ Padua", "University of Padua", "Padua", "I-35131"],
    ["Politecn Milan", "Polytechnic University of Milan", "Milan", "I-20133"],
    ["CNR", "Consiglio Nazionale delle Ricerche (CNR)", "Rome", "I-00185"],
  ]),
  country("France", 3.5, "french", "before-city", [
    ["Sorbonne Univ", "Sorbonne Universite", "Paris", "F-75005"],
    ["Univ Paris Saclay", "Universite Paris Saclay", "Gif Sur Yvette", "F-91190"],
    ["CNRS", "Centre National de la Recherche Scientifique (CNRS)", "Paris", "F-75016"],
    ["Univ Grenoble Alpes", "Communaute Universite Grenoble Alpes", "Grenoble", "F-38000"],
    ["Aix Marseille Univ", "Aix-Marseille Universite", "Marseille", "F-13284"],
    ["Univ Claude Bernard Lyon 1", "Universite Claude Bernard Lyon 1", "Villeurbanne", "F-69622"],
  ]),
  country("Canada", 3.2, "anglo", "region", [
    ["Univ Toronto", "University of Toronto", "Toronto", "M5S 1A8", "ON"],
    ["Univ British Columbia", "University of British Columbia", "Vancouver", "V6T 1Z4", "BC"],
    ["McGill Univ", "McGill University", "Montreal", "H3A 0G4", "QC"],
    ["Univ Alberta", "University of Alberta", "Edmonton", "T6G 2R3", "AB"],
    ["McMaster Univ", "McMaster University", "Hamilton", "L8S 4L8", "ON"],
  ]),
  country("Australia", 3, "anglo", "region", [
    ["Univ Sydney", "University of Sydney", "Sydney", "2006", "NSW"],
    ["Univ Melbourne", "University of Melbourne", "Parkville", "3010", "Vic"],
    ["Univ Queensland", "University of Queensland", "Brisbane", "4072", "Qld"],
    ["Monash Univ", "Monash University", "Clayton", "3800", "Vic"],
    ["Australian Natl Univ", "Australian National University", "Canberra", "2601", "ACT"],
    ["Univ New South Wales", "University of New South Wales Sydney", "Sydney", "2052", "NSW"],
  ]),
  country("Spain", 3, "iberian", "before-city", [
    ["CSIC", "Consejo Superior de Investigaciones Cientificas (CSIC)", "Madrid", "28006"],
    ["Univ Barcelona", "University of Barcelona", "Barcelona", "08028"],
    ["Univ Complutense Madrid", "Complutense University of Madrid", "Madrid", "28040"],
    ["Univ Valencia", "University of Valencia", "Valencia", "46010"],
    ["Univ Granada", "University of Granada", "Granada", "18071"],
  ]),
  country("South Korea", 3, "korean", "after-city", [
    ["Seoul Natl Univ", "Seoul National University (SNU)", "Seoul", "08826"],
    [
      "Korea Adv Inst Sci & Technol",
      "Korea Advanced Institute of Science & Technology (KAIST)",
      "Daejeon",
      "34141",
    ],
    ["Yonsei Univ", "Yonsei University", "Seoul", "03722"],
    ["Korea Univ", "Korea University", "Seoul", "02841"],
    ["Sungkyunkwan Univ", "Sungkyunkwan University (SKKU)", "Suwon", "16419"],
  ]),
  country("Brazil", 2.5, "iberian", "none", [
    ["Univ Sao Paulo", "Universidade de Sao Paulo", "Sao Paulo"],
    ["Univ Estadual Campinas", "Universidade Estadual de Campinas", "Campinas"],
    ["Univ Fed Rio de Janeiro", "Universidade Federal do Rio de Janeiro", "Rio De Janeiro"],
    ["Univ Fed Minas Gerais", "Universidade Federal de Minas Gerais", "Belo Horizonte"],
  ]),
  country("Iran", 2, "persian", "none", [
    ["Univ Tehran", "University of Tehran", "Tehran"],
    ["Tehran Univ Med Sci", "Tehran University of Medical Sciences", "Tehran"],
    ["Islamic Azad Univ", "Islamic Azad University", "Tehran"],
    ["Sharif Univ Technol", "Sharif University of Technology", "Tehran"],
    ["Iran Univ Sci & Technol", "Iran University Science & Technology", "Tehran"],
  ]),
  country("Netherlands", 2, "germanic", "before-city", [
    ["Univ Amsterdam", "University of Amsterdam", "Amsterdam", "1098 XH"],
    ["Delft Univ Technol", "Delft University of Technology", "Delft", "2628 CD"],
    ["Univ Utrecht", "Utrecht University", "Utrecht", "3584 CS"],
    ["Leiden Univ", "Leiden University", "Leiden", "2300 RA"],
    ["Erasmus MC", "Erasmus University Rotterdam", "Rotterdam", "3015 GD"],
  ]),
  country("Russia", 1.8, "slavic", "after-city", [
    ["Russian Acad Sci", "Russian Academy of Sciences", "Moscow", "119991"],
    ["Moscow MV Lomonosov State Univ", "Lomonosov Moscow State University", "Moscow", "119991"],
    ["St Petersburg State Univ", "Saint Petersburg State University", "St Petersburg", "199034"],
    ["Novosibirsk State Univ", "Novosibirsk State University", "Novosibirsk", "630090"],
  ]),
  country(
    "Turkey",
    1.7,
    "turkish",
    "after-city",
    [
      ["Hacettepe Univ", "Hacettepe University", "Ankara", "06800"],
      ["Istanbul Univ", "Istanbul University", "Istanbul", "34452"],
      ["Middle East Tech Univ", "Middle East Technical University", "Ankara", "06800"],
      ["Ankara Univ", "Ankara University", "Ankara", "06100"],
    ],
    { from: 2024, name: "Turkiye" },
  ),
  country("Poland", 1.6, "slavic", "before-city", [
    ["Univ Warsaw", "University of Warsaw", "Warsaw", "PL-00927"],
    ["Jagiellonian Univ", "Jagiellonian University", "Krakow", "PL-31007"],
    ["Polish Acad Sci", "Polish Academy of Sciences", "Warsaw", "PL-00901"],
    ["Warsaw Univ Technol", "Warsaw University of Technology", "Warsaw", "PL-00661"],
  ]),
  country("Sweden", 1.4, "nordic", "before-city", [
    ["Karolinska Inst", "Karolinska Institutet", "Stockholm", "SE-17177"],
    ["Lund Univ", "Lund University", "Lund", "SE-22100"],
    ["Uppsala Univ", "Uppsala University", "Uppsala", "SE-75105"],
    ["KTH Royal Inst Technol", "Royal Institute of Technology", "Stockholm", "SE-10044"],
  ]),
  country("Saudi Arabia", 1.2, "arabic", "after-city", [
    ["King Saud Univ", "King Saud University", "Riyadh", "11451"],
    ["King Abdulaziz Univ", "King Abdulaziz University", "Jeddah", "21589"],
    [
      "King Abdullah Univ Sci & Technol",
      "King Abdullah University of Science & Technology",
      "Thuwal",
      "23955",
    ],
  ]),
  country("Taiwan", 1.2, "chinese", "after-city", [
    ["Natl Taiwan Univ", "National Taiwan University", "Taipei", "10617"],
    ["Natl Cheng Kung Univ", "National Cheng Kung University", "Tainan", "70101"],
    ["Natl Tsing Hua Univ", "National Tsing Hua University", "Hsinchu", "30013"],
  ]),
  country("Belgium", 1.1, "germanic", "before-city", [
    ["Katholieke Univ Leuven", "KU Leuven", "Leuven", "B-3000"],
    ["Univ Ghent", "Ghent University", "Ghent", "B-9000"],
    ["Univ Libre Bruxelles", "Universite Libre de Bruxelles", "Brussels", "B-1050"],
  ]),
  country("Pakistan", 1, "south-asian", "after-city", [
    ["COMSATS Univ Islamabad", "COMSATS University Islamabad (CUI)", "Islamabad", "45550"],
    ["Univ Punjab", "University of Punjab", "Lahore", "54590"],
    ["Quaid I Azam Univ", "Quaid I Azam University", "Islamabad", "45320"],
  ]),
  country("Denmark", 0.9, "nordic", "before-city", [
    ["Univ Copenhagen", "University of Copenhagen", "Copenhagen", "DK-2100"],
    ["Aarhus Univ", "Aarhus University", "Aarhus", "DK-8000"],
    ["Tech Univ Denmark", "Technical University of Denmark", "Lyngby", "DK-2800"],
  ]),
  country("Egypt", 0.9, "arabic", "after-city", [
    ["Cairo Univ", "Cairo University", "Giza", "12613"],
    ["Ain Shams Univ", "Ain Shams University", "Cairo", "11566"],
    ["Mansoura Univ", "Mansoura University", "Mansoura", "35516"],
  ]),
  country("Austria", 0.8, "germanic", "before-city", [
    ["Univ Vienna", "University of Vienna", "Vienna", "A-1090"],
    ["Med Univ Vienna", "Medical University of Vienna", "Vienna", "A-1090"],
    ["Graz Univ Technol", "Graz University of Technology", "Graz", "A-8010"],
  ]),
  country("Portugal", 0.8, "iberian", "before-city", [
    ["Univ Lisbon", "Universidade de Lisboa", "Lisbon", "1649-004"],
    ["Univ Porto", "Universidade do Porto", "Porto", "4099-002"],
    ["Univ Coimbra", "Universidade de Coimbra", "Coimbra", "3004-531"],
  ]),
  country("Mexico", 0.7, "iberian", "after-city", [
    ["Univ Nacl Autonoma Mexico", "Universidad Nacional Autonoma de Mexico", "Mexico City", "04510"],
    ["Inst Politecn Nacl", "Instituto Politecnico Nacional - Mexico", "Mexico City", "07738"],
    ["Univ Autonoma Yucatan", "Universidad Autonoma de Yucatan", "Merida", "97203"],
  ]),
  country("Israel", 0.7, "arabic", "after-city", [
    ["Hebrew Univ Jerusalem", "Hebrew University of Jerusalem", "Jerusalem", "91904"],
    ["Tel Aviv Univ", "Tel Aviv University", "Tel Aviv", "69978"],
    ["Weizmann Inst Sci", "Weizmann Institute of Science", "Rehovot", "76100"],
    ["Technion Israel Inst Technol", "Technion Israel Institute of Technology", "Haifa", "32000"],
  ]),
  country("Czech Republic", 0.7, "slavic", "none", [
    ["Charles Univ Prague", "Charles University Prague", "Prague"],
    ["Czech Tech Univ", "Czech Technical University Prague", "Prague"],
    ["Masaryk Univ", "Masaryk University Brno", "Brno"],
  ]),
  country("Malaysia", 0.7, "southeast-asian", "after-city", [
    ["Univ Malaya", "Universiti Malaya", "Kuala Lumpur", "50603"],
    ["Univ Sains Malaysia", "Universiti Sains Malaysia", "George Town", "11800"],
    ["Univ Teknol Malaysia", "Universiti Teknologi Malaysia", "Johor Baharu", "81310"],
  ]),
  country("Norway", 0.7, "nordic", "before-city", [
    ["Univ Oslo", "University of Oslo", "Oslo", "N-0316"],
    [
      "Norwegian Univ Sci & Technol",
      "Norwegian University of Science & Technology (NTNU)",
      "Trondheim",
      "N-7491",
    ],
    ["Univ Bergen", "University of Bergen", "Bergen", "N-5020"],
  ]),
  country("Finland", 0.6, "nordic", "before-city", [
    ["Univ Helsinki", "University of Helsinki", "Helsinki", "FI-00014"],
    ["Aalto Univ", "Aalto University", "Espoo", "FI-02150"],
    ["Univ Turku", "University of Turku", "Turku", "FI-20014"],
  ]),
  country("Singapore", 0.6, "chinese", "after-city", [
    ["Natl Univ Singapore", "National University of Singapore", "Singapore", "117543"],
    ["Nanyang Technol Univ", "Nanyang Technological University", "Singapore", "639798"],
  ]),
  country("South Africa", 0.6, "african", "after-city", [
    ["Univ Cape Town", "University of Cape Town", "Cape Town", "7701"],
    ["Univ Witwatersrand", "University of Witwatersrand", "Johannesburg", "2050"],
    ["Stellenbosch Univ", "Stellenbosch University", "Stellenbosch", "7600"],
  ]),
  country("Greece", 0.6, "slavic", "before-city", [
    ["Natl & Kapodistrian Univ Athens", "National & Kapodistrian University of Athens", "Athens", "GR-15771"],
    ["Aristotle Univ Thessaloniki", "Aristotle University of Thessaloniki", "Thessaloniki", "GR-54124"],
  ]),
  country("Ireland", 0.5, "anglo", "none", [
    ["Trinity Coll Dublin", "Trinity College Dublin", "Dublin"],
    ["Univ Coll Dublin", "University College Dublin", "Dublin"],
  ]),
  country("New Zealand", 0.4, "anglo", "after-city", [
    ["Univ Auckland", "University of Auckland", "Auckland", "1010"],
    ["Univ Otago", "University of Otago", "Dunedin", "9016"],
  ]),
  country("Chile", 0.4, "iberian", "none", [
    ["Pontificia Univ Catolica Chile", "Pontificia Universidad Catolica de Chile", "Santiago"],
    ["Univ Chile", "Universidad de Chile", "Santiago"],
  ]),
  country("Argentina", 0.4, "iberian", "none", [
    ["Univ Buenos Aires", "University of Buenos Aires", "Buenos Aires"],
    [
      "Consejo Nacl Invest Cient & Tecn",
      "Consejo Nacional de Investigaciones Cientificas y Tecnicas (CONICET)",
      "Buenos Aires",
    ],
  ]),
  country("Thailand", 0.4, "southeast-asian", "after-city", [
    ["Chulalongkorn Univ", "Chulalongkorn University", "Bangkok", "10330"],
    ["Mahidol Univ", "Mahidol University", "Bangkok", "10400"],
  ]),
  country("Romania", 0.4, "slavic", "after-city", [
    ["Univ Bucharest", "University of Bucharest", "Bucharest", "050107"],
    ["Babes Bolyai Univ", "Babes Bolyai University from Cluj", "Cluj Napoca", "400084"],
  ]),
  country("Hungary", 0.3, "slavic", "before-city", [
    ["Eotvos Lorand Univ", "Eotvos Lorand University", "Budapest", "H-1117"],
    ["Semmelweis Univ", "Semmelweis University", "Budapest", "H-1085"],
  ]),
  country("Colombia", 0.3, "iberian", "none", [
    ["Univ Nacl Colombia", "Universidad Nacional de Colombia", "Bogota"],
    ["Univ Antioquia", "Universidad de Antioquia", "Medellin"],
  ]),
  country("Nigeria", 0.3, "african", "none", [
    ["Univ Lagos", "University of Lagos", "Lagos"],
    ["Univ Ibadan", "University of Ibadan", "Ibadan"],
  ]),
  country("Vietnam", 0.3, "southeast-asian", "none", [
    ["Vietnam Natl Univ", "Vietnam National University Hanoi", "Hanoi"],
    ["Ton Duc Thang Univ", "Ton Duc Thang University", "Ho Chi Minh City"],
  ]),
  country("U Arab Emirates", 0.3, "arabic", "none", [
    ["United Arab Emirates Univ", "United Arab Emirates University", "Al Ain"],
    ["Khalifa Univ", "Khalifa University of Science & Technology", "Abu Dhabi"],
  ]),
  country("Bangladesh", 0.3, "south-asian", "after-city", [
    ["Univ Dhaka", "University of Dhaka", "Dhaka", "1000"],
  ]),
  country("Indonesia", 0.3, "southeast-asian", "after-city", [
    ["Univ Indonesia", "University of Indonesia", "Depok", "16424"],
  ]),
  country("Ukraine", 0.2, "slavic", "after-city", [
    ["Natl Acad Sci Ukraine", "National Academy of Sciences Ukraine", "Kiev", "03680"],
  ]),
  country("Iraq", 0.15, "arabic", "none", [["Univ Baghdad", "University of Baghdad", "Baghdad"]]),
  country("Slovenia", 0.15, "slavic", "before-city", [
    ["Univ Ljubljana", "University of Ljubljana", "Ljubljana", "SI-1000"],
  ]),
  country("Serbia", 0.15, "slavic", "after-city", [
    ["Univ Belgrade", "University of Belgrade", "Belgrade", "11000"],
  ]),
  country("Morocco", 0.15, "arabic", "none", [
    ["Mohammed V Univ Rabat", "Mohammed V University in Rabat", "Rabat"],
  ]),
  country("Tunisia", 0.15, "arabic", "after-city", [
    ["Univ Tunis El Manar", "Universite de Tunis-El-Manar", "Tunis", "2092"],
  ]),
  country("Croatia", 0.12, "slavic", "after-city", [
    ["Univ Zagreb", "University of Zagreb", "Zagreb", "10000"],
  ]),
  country("Algeria", 0.12, "arabic", "none", [
    ["Univ Sci & Technol Houari Boumediene", "University Science & Technology Houari Boumediene", "Algiers"],
  ]),
  country("Jordan", 0.1, "arabic", "after-city", [["Univ Jordan", "University of Jordan", "Amman", "11942"]]),
  country("Qatar", 0.1, "arabic", "none", [["Qatar Univ", "Qatar University", "Doha"]]),
  country("Ethiopia", 0.1, "african", "none", [
    ["Addis Ababa Univ", "Addis Ababa University", "Addis Ababa"],
  ]),
  country("Peru", 0.08, "iberian", "none", [
    ["Univ Peruana Cayetano Heredia", "Universidad Peruana Cayetano Heredia", "Lima"],
  ]),
  country("Kenya", 0.08, "african", "none", [["Univ Nairobi", "University of Nairobi", "Nairobi"]]),
  country("Lithuania", 0.06, "slavic", "before-city", [
    ["Vilnius Univ", "Vilnius University", "Vilnius", "LT-03101"],
  ]),
  country("Kazakhstan", 0.06, "slavic", "after-city", [
    ["Nazarbayev Univ", "Nazarbayev University", "Astana", "010000"],
  ]),
  country("Lebanon", 0.06, "arabic", "none", [
    ["Amer Univ Beirut", "American University of Beirut", "Beirut"],
  ]),
  country("Sri Lanka", 0.06, "south-asian", "none", [
    ["Univ Peradeniya", "University of Peradeniya", "Peradeniya"],
  ]),
  country("Estonia", 0.05, "nordic", "before-city", [
    ["Univ Tartu", "University of Tartu", "Tartu", "EE-50090"],
  ]),
  country("Cyprus", 0.05, "slavic", "before-city", [
    ["Univ Cyprus", "University of Cyprus", "Nicosia", "CY-1678"],
  ]),
  country("Ghana", 0.05, "african", "none", [["Univ Ghana", "University of Ghana", "Legon"]]),
  country("Luxembourg", 0.04, "french", "before-city", [
    ["Univ Luxembourg", "University of Luxembourg", "Esch Sur Alzette", "L-4365"],
  ]),
  country("Uganda", 0.04, "african", "none", [["Makerere Univ", "Makerere University", "Kampala"]]),
  country("Nepal", 0.04, "south-asian", "none", [["Tribhuvan Univ", "Tribhuvan University", "Kathmandu"]]),
  country("Iceland", 0.03, "nordic", "before-city", [
    ["Univ Iceland", "University of Iceland", "Reykjavik", "IS-101"],
  ]),
  country("Bosnia & Herceg", 0.03, "slavic", "after-city", [
    ["Univ Sarajevo", "University of Sarajevo", "Sarajevo", "71000"],
  ]),
  country("Cote Ivoire", 0.01, "african", "none", [
    ["Univ Felix Houphouet Boigny", "Universite Felix Houphouet-Boigny", "Abidjan"],
  ]),
  country("Trinid & Tobago", 0.01, "anglo", "none", [
    ["Univ West Indies", "University West Indies Saint Augustine", "St Augustine"],
  ]),
  country("Papua N Guinea", 0.005, "anglo", "none", [
    ["Univ Papua New Guinea", "University of Papua New Guinea", "Port Moresby"],
  ]),
  country("Sao Tome & Prin", 0.002, "african", "none", [
    ["Minist Hlth", "Ministry of Health Sao Tome", "Sao Tome"],
  ]),
];

/**
 * Countries of the demo's world (`demo-world.ts`) that the benchmarks' world lacks: adding them to
 * `COUNTRIES` would change every record the benchmarks generate.
 */
export const MORE_COUNTRIES: readonly Country[] = [
  country("Switzerland", 1.5, "germanic", "before-city", [
    ["Swiss Fed Inst Technol", "ETH Zurich", "Zurich", "CH-8092"],
    ["Ecole Polytech Fed Lausanne", "Ecole Polytechnique Federale de Lausanne", "Lausanne", "CH-1015"],
    ["Univ Zurich", "University of Zurich", "Zurich", "CH-8057"],
    ["Univ Geneva", "University of Geneva", "Geneva", "CH-1211"],
    ["Univ Bern", "University of Bern", "Bern", "CH-3012"],
  ]),
];
