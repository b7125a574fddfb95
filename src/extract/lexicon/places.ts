import type { Words } from '../types.js';

// Countries and the adjectives that name them, "Name|adjective|adjective" (a former name stands with
// the adjectives, "Eswatini|Swazi|Swaziland", so that it names the same country). Place paths start at
// the country, so that events from different articles line up under the same root.
const TABLE = [
  'Afghanistan|Afghan', 'Albania|Albanian', 'Algeria|Algerian', 'Angola|Angolan', 'Argentina|Argentine|Argentinian',
  'Armenia|Armenian', 'Australia|Australian', 'Austria|Austrian', 'Azerbaijan|Azerbaijani', 'Bahrain|Bahraini',
  'Bangladesh|Bangladeshi', 'Belarus|Belarusian', 'Belgium|Belgian', 'Benin|Beninese', 'Bolivia|Bolivian',
  'Bosnia|Bosnian', 'Brazil|Brazilian', 'Bulgaria|Bulgarian', 'Burkina Faso|Burkinabe', 'Burundi|Burundian',
  'Cambodia|Cambodian', 'Cameroon|Cameroonian', 'Canada|Canadian', 'Central African Republic', 'Chad|Chadian',
  'Chile|Chilean', 'China|Chinese', 'Colombia|Colombian', 'Congo|Congolese', 'Croatia|Croatian', 'Cuba|Cuban',
  'Cyprus|Cypriot', 'Czech Republic|Czech', 'Denmark|Danish', 'Djibouti', 'Ecuador|Ecuadorian', 'Egypt|Egyptian',
  'El Salvador|Salvadoran', 'Eritrea|Eritrean', 'Estonia|Estonian', 'Ethiopia|Ethiopian', 'Finland|Finnish',
  'France|French', 'Gambia|Gambian', 'Georgia|Georgian', 'Germany|German', 'Ghana|Ghanaian', 'Greece|Greek',
  'Guatemala|Guatemalan', 'Guinea|Guinean', 'Haiti|Haitian', 'Honduras|Honduran', 'Hungary|Hungarian',
  'India|Indian', 'Indonesia|Indonesian', 'Iran|Iranian', 'Iraq|Iraqi', 'Ireland|Irish', 'Israel|Israeli',
  'Italy|Italian', 'Ivory Coast|Ivorian', 'Japan|Japanese', 'Jordan|Jordanian', 'Kazakhstan|Kazakh',
  'Kenya|Kenyan', 'Kosovo|Kosovar', 'Kuwait|Kuwaiti', 'Kyrgyzstan|Kyrgyz', 'Laos|Laotian', 'Latvia|Latvian',
  'Lebanon|Lebanese', 'Liberia|Liberian', 'Libya|Libyan', 'Lithuania|Lithuanian', 'Madagascar|Malagasy',
  'Malawi|Malawian', 'Malaysia|Malaysian', 'Mali|Malian', 'Mauritania|Mauritanian', 'Mexico|Mexican',
  'Moldova|Moldovan', 'Mongolia|Mongolian', 'Montenegro|Montenegrin', 'Morocco|Moroccan',
  'Mozambique|Mozambican', 'Myanmar|Burmese', 'Namibia|Namibian', 'Nepal|Nepalese|Nepali',
  'Netherlands|Dutch', 'New Zealand', 'Nicaragua|Nicaraguan', 'Niger|Nigerien', 'Nigeria|Nigerian',
  'North Korea|North Korean', 'Norway|Norwegian', 'Oman|Omani', 'Pakistan|Pakistani', 'Palestine|Palestinian',
  'Panama|Panamanian', 'Paraguay|Paraguayan', 'Peru|Peruvian', 'Philippines|Philippine|Filipino',
  'Poland|Polish', 'Portugal|Portuguese', 'Qatar|Qatari', 'Romania|Romanian', 'Russia|Russian',
  'Rwanda|Rwandan', 'Saudi Arabia|Saudi', 'Senegal|Senegalese', 'Serbia|Serbian', 'Sierra Leone|Sierra Leonean',
  'Somalia|Somali', 'South Africa|South African', 'South Korea|South Korean', 'South Sudan|South Sudanese',
  'Spain|Spanish', 'Sri Lanka|Sri Lankan', 'Sudan|Sudanese', 'Sweden|Swedish', 'Switzerland|Swiss',
  'Syria|Syrian', 'Taiwan|Taiwanese', 'Tajikistan|Tajik', 'Tanzania|Tanzanian', 'Thailand|Thai', 'Togo|Togolese',
  'Tunisia|Tunisian', 'Turkey|Turkish', 'Turkmenistan|Turkmen', 'Uganda|Ugandan', 'Ukraine|Ukrainian',
  'United Arab Emirates|Emirati', 'United Kingdom|British', 'United States|American', 'Uruguay|Uruguayan',
  'Uzbekistan|Uzbek', 'Venezuela|Venezuelan', 'Vietnam|Vietnamese', 'Yemen|Yemeni', 'Zambia|Zambian',
  'Zimbabwe|Zimbabwean', 'Gabon|Gabonese', 'Eswatini|Swazi|Swaziland', 'Lesotho|Basotho', 'Botswana|Motswana|Batswana',
  'Equatorial Guinea|Equatoguinean', 'Cape Verde|Cape Verdean', 'Comoros|Comorian', 'Mauritius|Mauritian',
  'Bhutan|Bhutanese', 'Maldives|Maldivian', 'Brunei|Bruneian', 'Singapore|Singaporean', 'East Timor|Timorese',
  'Papua New Guinea|Papua New Guinean', 'Fiji|Fijian', 'Solomon Islands', 'Iceland|Icelandic', 'Luxembourg',
  'Malta|Maltese', 'Slovakia|Slovak', 'Slovenia|Slovenian', 'North Macedonia|Macedonian|Macedonia',
  'Belize|Belizean', 'Costa Rica|Costa Rican', 'Dominican Republic', 'Jamaica|Jamaican',
  'Trinidad and Tobago|Trinidadian', 'Guyana|Guyanese', 'Suriname|Surinamese', 'Western Sahara|Sahrawi',
];

// Capitals and the largest cities of news copy, "City|Country" (the country as TABLE names it), so
// that a city named without its country ("marched through London") is placed in it rather than in
// whichever country the article mentions. Names shared by several places, or by common words
// ("Victoria", "Nice", "Male"), are left out. A capital's row starts with "*", for "in the capital".
const CITY_TABLE = [
  '*Libreville|Gabon', '*Mbabane|Eswatini', '*Maseru|Lesotho', '*Gaborone|Botswana', '*Malabo|Equatorial Guinea',
  '*Port Louis|Mauritius', '*Thimphu|Bhutan', '*Dili|East Timor', '*Port Moresby|Papua New Guinea', '*Suva|Fiji',
  '*Honiara|Solomon Islands', '*Reykjavik|Iceland', '*Valletta|Malta', '*Bratislava|Slovakia', '*Ljubljana|Slovenia',
  '*Skopje|North Macedonia', '*Santo Domingo|Dominican Republic', '*Paramaribo|Suriname',
  '*Kabul|Afghanistan', 'Kandahar|Afghanistan', 'Herat|Afghanistan', 'Jalalabad|Afghanistan', '*Tirana|Albania',
  '*Algiers|Algeria', '*Luanda|Angola', '*Buenos Aires|Argentina', '*Yerevan|Armenia', '*Canberra|Australia',
  'Sydney|Australia', 'Melbourne|Australia', '*Vienna|Austria', '*Baku|Azerbaijan', '*Manama|Bahrain',
  '*Dhaka|Bangladesh', 'Chittagong|Bangladesh', '*Minsk|Belarus', '*Brussels|Belgium', '*La Paz|Bolivia',
  '*Sarajevo|Bosnia', '*Brasilia|Brazil', 'Rio de Janeiro|Brazil', 'Sao Paulo|Brazil', '*Sofia|Bulgaria',
  '*Ouagadougou|Burkina Faso', 'Bujumbura|Burundi', '*Phnom Penh|Cambodia', '*Yaounde|Cameroon', 'Douala|Cameroon',
  '*Ottawa|Canada', 'Toronto|Canada', 'Montreal|Canada', 'Vancouver|Canada', '*Bangui|Central African Republic',
  "*N'Djamena|Chad", '*Santiago|Chile', '*Beijing|China', 'Shanghai|China', '*Bogota|Colombia', '*Kinshasa|Congo',
  '*Zagreb|Croatia', '*Havana|Cuba', '*Nicosia|Cyprus', '*Prague|Czech Republic', '*Copenhagen|Denmark',
  '*Quito|Ecuador', '*Cairo|Egypt', 'Alexandria|Egypt', '*San Salvador|El Salvador', '*Asmara|Eritrea',
  '*Tallinn|Estonia', '*Addis Ababa|Ethiopia', '*Helsinki|Finland', '*Paris|France', 'Marseille|France',
  'Lyon|France', '*Tbilisi|Georgia', '*Berlin|Germany', 'Munich|Germany', 'Hamburg|Germany', 'Frankfurt|Germany',
  '*Accra|Ghana', '*Athens|Greece', '*Guatemala City|Guatemala', '*Conakry|Guinea', '*Port-au-Prince|Haiti',
  '*Tegucigalpa|Honduras', '*Budapest|Hungary', '*New Delhi|India', 'Delhi|India', 'Mumbai|India', 'Kolkata|India',
  'Chennai|India', 'Srinagar|India', '*Jakarta|Indonesia', '*Tehran|Iran', '*Baghdad|Iraq', 'Mosul|Iraq',
  'Basra|Iraq', '*Dublin|Ireland', 'Tel Aviv|Israel', '*Rome|Italy', 'Milan|Italy', 'Abidjan|Ivory Coast',
  '*Tokyo|Japan', '*Amman|Jordan', '*Astana|Kazakhstan', 'Almaty|Kazakhstan', '*Nairobi|Kenya', 'Mombasa|Kenya',
  '*Pristina|Kosovo', '*Bishkek|Kyrgyzstan', '*Vientiane|Laos', '*Riga|Latvia', '*Beirut|Lebanon', '*Monrovia|Liberia',
  '*Tripoli|Libya', 'Benghazi|Libya', '*Vilnius|Lithuania', '*Antananarivo|Madagascar', '*Lilongwe|Malawi',
  '*Kuala Lumpur|Malaysia', '*Bamako|Mali', '*Nouakchott|Mauritania', '*Mexico City|Mexico', '*Chisinau|Moldova',
  '*Ulaanbaatar|Mongolia', '*Podgorica|Montenegro', '*Rabat|Morocco', 'Casablanca|Morocco', '*Maputo|Mozambique',
  '*Naypyidaw|Myanmar', 'Yangon|Myanmar', 'Mandalay|Myanmar', '*Windhoek|Namibia', '*Kathmandu|Nepal',
  '*Amsterdam|Netherlands', 'The Hague|Netherlands', '*Wellington|New Zealand', 'Auckland|New Zealand',
  '*Managua|Nicaragua', '*Niamey|Niger', '*Abuja|Nigeria', 'Lagos|Nigeria', 'Kano|Nigeria', 'Maiduguri|Nigeria',
  '*Pyongyang|North Korea', '*Oslo|Norway', '*Muscat|Oman', '*Islamabad|Pakistan', 'Karachi|Pakistan',
  'Lahore|Pakistan', 'Peshawar|Pakistan', 'Quetta|Pakistan', 'Rawalpindi|Pakistan', 'Ramallah|Palestine', 'Gaza|Palestine', 'Gaza City|Palestine', 'Khan Younis|Palestine', 'Jenin|Palestine', 'Nablus|Palestine',
  '*Panama City|Panama', '*Asuncion|Paraguay', '*Lima|Peru', '*Manila|Philippines', '*Warsaw|Poland',
  'Krakow|Poland', '*Lisbon|Portugal', '*Doha|Qatar', '*Bucharest|Romania', '*Moscow|Russia', 'St Petersburg|Russia',
  '*Kigali|Rwanda', '*Riyadh|Saudi Arabia', 'Jeddah|Saudi Arabia', 'Mecca|Saudi Arabia', 'Medina|Saudi Arabia', '*Dakar|Senegal', '*Belgrade|Serbia',
  '*Freetown|Sierra Leone', '*Mogadishu|Somalia', '*Pretoria|South Africa', 'Johannesburg|South Africa',
  'Cape Town|South Africa', 'Durban|South Africa', '*Seoul|South Korea', '*Juba|South Sudan', '*Madrid|Spain',
  'Barcelona|Spain', '*Colombo|Sri Lanka', '*Khartoum|Sudan', 'Omdurman|Sudan', '*Stockholm|Sweden', '*Bern|Switzerland',
  'Geneva|Switzerland', 'Zurich|Switzerland', '*Damascus|Syria', 'Aleppo|Syria', 'Homs|Syria', '*Taipei|Taiwan',
  '*Dushanbe|Tajikistan', '*Dodoma|Tanzania', 'Dar es Salaam|Tanzania', '*Bangkok|Thailand', '*Lome|Togo',
  '*Tunis|Tunisia', '*Ankara|Turkey', 'Istanbul|Turkey', '*Ashgabat|Turkmenistan', '*Kampala|Uganda', '*Kyiv|Ukraine',
  'Kiev|Ukraine', 'Kharkiv|Ukraine', 'Odesa|Ukraine', 'Odessa|Ukraine', '*Abu Dhabi|United Arab Emirates',
  'Dubai|United Arab Emirates', '*London|United Kingdom', 'Manchester|United Kingdom', 'Birmingham|United Kingdom',
  'Edinburgh|United Kingdom', 'Glasgow|United Kingdom', 'Belfast|United Kingdom', 'Cardiff|United Kingdom',
  '*Washington|United States', 'New York|United States', 'Los Angeles|United States', 'Chicago|United States',
  'San Francisco|United States', 'Boston|United States', 'Houston|United States', 'Philadelphia|United States',
  '*Montevideo|Uruguay', '*Tashkent|Uzbekistan', '*Caracas|Venezuela', '*Hanoi|Vietnam', 'Ho Chi Minh City|Vietnam',
  "*Sanaa|Yemen", 'Aden|Yemen', '*Lusaka|Zambia', '*Harare|Zimbabwe',
];

const BY_CITY = new Map<string, string>();
const CAPITALS = new Map<string, string>();
for (const row of CITY_TABLE) {
  const [city, country] = row.split('|') as [string, string];
  const name = city.replace('*', '');
  BY_CITY.set(name.toLowerCase(), country);
  if (city !== name) CAPITALS.set(country.toLowerCase(), name);
}
// The most words a city's name has ("Ho Chi Minh City").
const CITY_WORDS = 4;

/**
 * The country of a capital or large city, by its name as the text wrote it (any case): "London" →
 * "United Kingdom".
 */
export function cityCountry(name: string): string | undefined {
  return BY_CITY.get(name.toLowerCase().replace(/\./g, ''));
}

/**
 * The capital of a country as TABLE names it (any case), when the city table knows it: "France" →
 * "Paris"; a text's "in the capital" is there.
 */
export function capitalOf(country: string): string | undefined {
  return CAPITALS.get(country.toLowerCase());
}

// First lower-cased word → the phrases starting with it (as word lists), longest first.
const INDEX = new Map<string, { words: readonly string[]; country: string; adjective: boolean }[]>();
for (const row of TABLE) {
  const [country, ...adjectives] = row.split('|') as [string, ...string[]];
  for (const [phrase, adjective] of [[country, false] as const, ...adjectives.map((a) => [a, true] as const)]) {
    const words = phrase.toLowerCase().split(' ');
    const list = INDEX.get(words[0] as string) ?? [];
    list.push({ words, country, adjective });
    list.sort((a, b) => b.words.length - a.words.length);
    INDEX.set(words[0] as string, list);
  }
}

/** Lower-cased names of the countries, as a claimant phrase's core holds them ("pakistan", "saudi arabia"). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(TABLE.map((row) => (row.split('|')[0] as string).toLowerCase()));

/** Lower-cased adjectives of the countries ("egyptian", "jordanian"): their plurals count people. */
export const DEMONYMS: ReadonlySet<string> = new Set(
  TABLE.flatMap((row) => row.split('|').slice(1).map((a) => a.toLowerCase())).filter((a) => !a.includes(' ')),
);

const BY_DEMONYM = new Map<string, string>(
  TABLE.flatMap((row) => {
    const [country, ...adjectives] = row.split('|') as [string, ...string[]];
    return adjectives.map((a) => [a.toLowerCase(), country.toLowerCase()] as [string, string]);
  }),
);

/** The country (lower-cased) a people's adjective names: "pakistani" → "pakistan". */
export function demonymCountry(word: string): string | undefined {
  return BY_DEMONYM.get(word);
}

/** The first country that lower-cased words name, by its name or its adjective: ["kenyan", "army"] → "kenya". */
export function countryIn(words: readonly string[]): string | undefined {
  for (const w of words) {
    const country = BY_DEMONYM.get(w) ?? (COUNTRY_NAMES.has(w) ? w : undefined);
    if (country !== undefined) return country;
  }
  return undefined;
}

/** A country named at a token, by its name or its adjective ("Pakistani"). */
export interface CountryMention {
  readonly country: string;
  /** Whether the country was named by its adjective ("Pakistani", "Philippine"). */
  readonly adjective: boolean;
  /** The token after the mention. */
  readonly next: number;
}

/**
 * The country of the capital or large city whose name starts at token `i`, if any: "Peshawar",
 * "a Peshawar-based official", "New York".
 */
export function cityAt(words: Words, i: number): { country: string; next: number } | undefined {
  if (!words.cap(i)) return undefined;
  let name = '';
  let found: { country: string; next: number } | undefined;
  for (let k = i; k < i + CITY_WORDS && words.cap(k); k++) {
    name = name === '' ? words.low(k) : `${name} ${words.low(k)}`;
    const country = BY_CITY.get(name);
    if (country !== undefined) found = { country, next: k + 1 };
  }
  return found;
}

/**
 * The country named by the capitalised words at token `i`, if any: "Pakistan", "Pakistan's",
 * "Pakistani", "Saudi Arabia".
 */
export function countryAt(words: Words, i: number): CountryMention | undefined {
  // "Lake Chad": water named after a country is no mention of it.
  if (!words.cap(i) || (words.cap(i - 1) && FEATURES.has(words.low(i - 1)))) return undefined;
  const candidates = INDEX.get(words.low(i));
  if (candidates === undefined) return undefined;
  for (const { words: phrase, country, adjective } of candidates) {
    let k = 0;
    while (k < phrase.length && words.cap(i + k) && words.low(i + k) === phrase[k]) {
      // Only the last word of a name may carry the possessive: "Saudi Arabia's".
      if (k < phrase.length - 1 && words.poss(i + k)) break;
      k++;
    }
    if (k === phrase.length) return { country, adjective, next: i + k };
  }
  return undefined;
}

// Waters whose names take a country's, and run past its borders ("Lake Chad", "River Niger"); a
// mount named after one ("Mount Lebanon") lies in it.
const FEATURES = new Set(['lake', 'river']);

/** Prepositions that put what happened at a place: "in Kesh", "at the camp", "near the border". */
export const SCENE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside']);
