// Vocabulary for reading figures: number words, scales, currencies, percent, and the words that make a number not a figure.

/** Kept here for the source namer, which reads it from this file. */
export { SMALL_NUMBER_WORDS } from './number-words';

/** Words before a number that say a count is meant ("only one train", "at least one"). */
export const COUNT_QUALIFIERS: readonly string[] = [
  'only', 'just', 'least', 'most', 'exactly', 'merely', 'barely', 'mere', 'than', 'about', 'nearly', 'almost', 'solo', 'seulement',
  'nur', 'apenas', 'soltanto',
];

/** After a spelled number these make it a fraction ("one quarter", "two thirds"), not a figure. */
export const FRACTION_WORDS: readonly string[] = [
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths',
  'tercio', 'tercios', 'cuarto', 'cuartos', 'tiers', 'quart', 'quarts', 'drittel', 'viertel', 'terzo', 'terzi', 'terço', 'terços',
];

/** Before a scale word these make it vague ("a few thousand", "several million"), not a figure. */
export const VAGUE_QUANTIFIERS: readonly string[] = ['few', 'several', 'many', 'some', 'unos', 'varios', 'quelques', 'plusieurs', 'einige', 'mehrere', 'alcune', 'vários'];

/** Suffixes glued to a numeral that scale it ("$40m", "1.4m passengers", "2bn"). */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, bn: 1e9 };

/** Units glued to a numeral that leave its value as it is ("3MB", "40kg"). */
export const GLUED_UNITS: readonly string[] = ['MB', 'GB', 'KB', 'TB', 'kB', 'kg', 'km', 'mm', 'cm', 'ml', 'kWh', 'MW', 'GW'];

/** Measures a hyphen may join to a numeral, making it a figure ("a 300-pound cover"); any other hyphen ("10-year") does not. */
export const HYPHENATED_MEASURES: readonly string[] = [
  'pound', 'ton', 'tonne', 'mile', 'foot', 'acre', 'gallon', 'metre', 'meter', 'kilometre', 'kilometer', 'hectare', 'litre', 'liter',
];

/** After a numeral with a glued "m" or "k", these make it a length ("a 100m sprint", "10k run"), not a scale. */
export const LENGTH_CONTEXT_WORDS: readonly string[] = [
  'tall', 'high', 'long', 'wide', 'deep', 'away', 'above', 'below', 'sprint', 'race', 'run',
  'hurdles', 'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'relay', 'final', 'heat',
  'swim', 'dash', 'walk', 'metres', 'meters',
];

/** Currency signs and codes written before a numeral, mapped to the unit we report (ISO code where unambiguous). */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  'US$': 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR',
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', MXN: 'MXN',
};

/** Currency words and codes written after a numeral. "pounds" is left out: it is as often a weight. */
export const CURRENCY_SUFFIXES: Readonly<Record<string, string>> = {
  dollars: 'USD', dollar: 'USD', 'dólares': 'USD', 'dólar': 'USD', euros: 'EUR', euro: 'EUR',
  'pounds sterling': 'GBP', pesos: 'pesos', rupees: 'rupees', yen: 'JPY',
  '€': 'EUR', '$': 'USD', USD: 'USD', EUR: 'EUR', GBP: 'GBP', MXN: 'MXN',
  Euro: 'EUR', Dollar: 'USD', dollari: 'USD', sterline: 'GBP', 'livres sterling': 'GBP', reais: 'BRL', CHF: 'CHF', Franken: 'CHF',
};

export const PERCENT_UNIT = 'percent';

/** Words after a numeral that make it a percentage. */
export const PERCENT_WORDS: readonly string[] = [
  '%', 'percent', 'per cent', 'percentage points', 'por ciento', 'puntos porcentuales', 'pct',
  'pour cent', 'pourcent', 'points de pourcentage', 'prozent', 'prozentpunkte', 'per cento', 'punti percentuali',
  'por cento', 'pontos percentuais',
];

/** A number followed by one of these measures time, not a quantity ("four days", "two-year"). */
export const DURATION_WORDS: readonly string[] = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries',
  'yr', 'yrs', 'hrs', 'mins',
  'segundo', 'segundos', 'minuto', 'minutos', 'hora', 'horas', 'día', 'días', 'noche', 'noches',
  'semana', 'semanas', 'mes', 'meses', 'año', 'años', 'década', 'décadas', 'siglo', 'siglos',
  'seconde', 'secondes', 'heure', 'heures', 'jour', 'jours', 'nuit', 'nuits', 'semaine', 'semaines',
  'mois', 'an', 'ans', 'année', 'années', 'siècle', 'siècles', 'sekunden', 'minuten', 'stunde', 'stunden',
  'tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren',
  'jahrhundert', 'secondi', 'minuti', 'ora', 'ore', 'giorno', 'giorni', 'notte', 'notti', 'settimana',
  'settimane', 'mese', 'mesi', 'anno', 'anni', 'secolo', 'secoli', 'dia', 'dias', 'mês', 'ano', 'anos',
  'time', 'times', 'o\'clock', 'year-old', 'years-old',
];

/** A number followed by one of these is a clock time ("3 pm"). */
export const TIME_SUFFIXES: readonly string[] = [
  'am', 'pm', 'a.m.', 'p.m.', "o'clock", 'h', 'gmt', 'utc', 'bst', 'est', 'pst', 'cet', 'uhr', 'hrs',
];

/** A number preceded by one of these names a clock time ("a las 3"). */
export const TIME_PREFIXES: readonly string[] = ['las', 'la', 'um', 'alle', 'às'];

/** Street words: a number before a capitalised name ending in one of these is a street number ("4 Corn Street"). */
export const STREET_WORDS: readonly string[] = [
  'street', 'st', 'road', 'rd', 'lane', 'avenue', 'ave', 'way', 'close', 'place', 'square', 'drive',
  'court', 'terrace', 'crescent', 'row', 'parade', 'gardens', 'hill', 'walk', 'boulevard', 'blvd',
  'rue', 'straße', 'strasse', 'str', 'platz', 'weg', 'gasse', 'allee', 'via', 'viale', 'piazza',
  'calle', 'avenida', 'plaza', 'paseo', 'rua', 'praça', 'travessa',
];

/** Measures whose counted thing is named after "of" ("6,500 miles of water mains" counts water mains, in miles). */
export const MEASURE_NOUNS: readonly string[] = [
  'mile', 'miles', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'ton', 'tons',
  'tonne', 'tonnes', 'acre', 'acres', 'hectare', 'hectares', 'litre', 'litres', 'liter', 'liters',
  'gallon', 'gallons', 'barrel', 'barrels', 'square', 'lane-miles', 'metres', 'meters', 'feet',
  'kilos', 'kilograms', 'pounds', 'megabytes', 'gigabytes', 'toneladas', 'kilómetros', 'litros',
  'metre', 'meter', 'foot', 'kilo', 'kilogram', 'pound', 'megabyte', 'gigabyte', 'tonelada', 'kilómetro',
  'kilomètre', 'kilomètres', 'mètre', 'mètres', 'tonnes', 'chilometri', 'metri', 'quilômetros', 'metros',
];

/** After a counted thing, these make a figure a rate ("600 breaks a year", "500 leaks each month"). */
export const RATE_WORDS: readonly string[] = [
  'annually', 'yearly', 'monthly', 'weekly', 'daily', 'nightly', 'hourly', 'al', 'por', 'par', 'pro', 'ao',
];

/** A number preceded by one of these names a thing rather than counting ("bus number 9", "Article 5"). */
export const IDENTIFIER_WORDS: readonly string[] = [
  'number', 'no', 'nos', 'nr', 'num', 'article', 'articles', 'bus', 'route', 'page', 'pages',
  'chapter', 'section', 'room', 'flight', 'platform', 'level', 'phase', 'ranked', 'rank', 'line',
  'gate', 'item', 'clause', 'paragraph', 'version', 'grade', 'highway', 'interstate', 'channel',
  'track', 'exit', 'apt', 'apartment', 'suite', 'unit', 'lot', 'seat', 'row', 'ward', 'district',
  'precinct', 'category', 'stage', 'tier', 'zone', 'block', 'building', 'floor', 'terminal',
  'episode', 'season', 'volume', 'vol', 'issue', 'resolution', 'act', 'amendment', 'bill',
  'case', 'model', 'figure', 'table', 'step', 'box', 'pier', 'door', 'lane', 'road', 'street',
  'avenue', 'week', 'day', 'game', 'round', 'match', 'verse', 'psalm', 'op', 'opus', 'type',
  'número', 'núm', 'artículo', 'artículos', 'línea', 'ruta', 'capítulo', 'página', 'sección',
  'vuelo', 'autobús', 'planta', 'sala', 'puerta', 'andén', 'nivel', 'fase', 'piso', 'calle',
  'avenida', 'carretera', 'ley', 'decreto', 'distrito', 'zona',
];

/**
 * Determiners of one thing that are also conjunctions: before a number above one they open a clause, so the number
 * counts ("added that two of his men were hurt"); only "that one", "this one" is a reference.
 */
export const SINGULAR_DETERMINERS: readonly string[] = ['this', 'that'];

/** Before a spelled small number these make it a reference, not a count ("the two nations"). */
export const DETERMINERS: readonly string[] = [
  'the', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'both',
  'los', 'las', 'sus', 'estos', 'estas', 'esos', 'esas', 'ambos', 'ambas', 'no', 'any', 'every',
  'each', 'which', 'this', 'that', 'les', 'ces', 'leurs', 'nos', 'vos', 'die', 'der', 'den', 'beiden',
  'diese', 'i', 'gli', 'le', 'questi', 'queste', 'os', 'as', 'estes', 'esses', 'seus', 'suas',
];

/** A four-digit number after one of these is a year ("in 2025", "since 1990"). */
export const YEAR_CONTEXT_WORDS: readonly string[] = [
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'through',
  'year', 'mid', 'early', 'late', 'circa', 'c', 'between', 'around', 'summer', 'winter',
  'spring', 'autumn', 'fall', 'fiscal', 'en', 'desde', 'hasta', 'de', 'del', 'año', 'durante',
  'antes', 'después', 'built', 'founded', 'rebuilt', 'established', 'born', 'em', 'até', 'ano',
  'depuis', 'année', "jusqu'en", 'im', 'seit', 'bis', 'jahr', 'nel', 'dal', 'anno', 'fino',
];

/** Between a number and a duration word these keep it a duration ("two more years", "three full days"). */
export const DURATION_QUALIFIERS: readonly string[] = ['more', 'additional', 'further', 'extra', 'full', 'straight', 'consecutive', 'long'];

/** Language subtags whose numbers write "2.000" for two thousand and "2,5" for two and a half. */
export const DECIMAL_COMMA_LANGUAGES: readonly string[] = [
  'es', 'de', 'fr', 'it', 'pt', 'nl', 'ca', 'gl', 'eu', 'da', 'sv', 'nb', 'no', 'fi', 'pl',
  'cs', 'sk', 'ru', 'uk', 'tr', 'el', 'ro', 'hu', 'id', 'vi',
];

/** Regions of those languages that write numbers the English way. */
export const DECIMAL_POINT_REGIONS: readonly string[] = ['mx', 'us', 'pr', 'gt', 'hn', 'sv', 'ni', 'pa', 'do', 'ch'];

/** Plural nouns without a final "s": like "-s" plurals they end a counted phrase, being its head ("2,000 people agree"). */
export const IRREGULAR_PLURALS: readonly string[] = [
  'people', 'children', 'men', 'women', 'personnel', 'police', 'staff', 'cattle', 'feet', 'teeth',
];

/** Singular nouns ending in "s" that may stand inside a counted phrase ("confirmed measles cases"). */
export const S_ENDING_SINGULARS: readonly string[] = [
  'measles', 'mumps', 'news', 'series', 'species', 'diabetes', 'rabies', 'politics', 'economics',
  'physics', 'mathematics', 'athletics', 'gas', 'bus', 'campus', 'census', 'virus', 'status',
];

/** Words that end a counted noun phrase ("23 of its personnel died" stops at "died"); reporting verbs end it too. */
export const COUNT_STOP_WORDS: readonly string[] = [
  'in', 'on', 'at', 'for', 'with', 'from', 'to', 'by', 'of', 'and', 'or', 'but', 'that',
  'which', 'who', 'while', 'as', 'than', 'into', 'over', 'under', 'after', 'before', 'during',
  'since', 'across', 'around', 'near', 'outside', 'inside', 'were', 'was', 'are', 'is', 'be',
  'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must',
  'should', 'do', 'did', 'does', 'died', 'die', 'fled', 'lost', 'took', 'take', 'came', 'went',
  'left', 'remain', 'remained', 'live', 'lived', 'got', 'need', 'needs', 'more', 'last', 'this',
  'next', 'according', 'each', 'per', 'a', 'an', 'the', 'its', 'their', 'not', 'no', 'so', 'if',
  'when', 'where', 'including', 'like', 'such', 'also', 'still', 'now', 'only', 'then', 'here',
  'there', 'today', 'yesterday', 'tomorrow', 'against', 'between', 'through', 'without',
  'en', 'de', 'del', 'con', 'para', 'por', 'y', 'o', 'que', 'al', 'según', 'desde', 'hasta',
  'son', 'eran', 'fueron', 'es', 'está', 'están', 'han', 'ha', 'murieron', 'mientras', 'durante',
  'tras', 'sin', 'se', 'el', 'la', 'los', 'las', 'su', 'sus', 'unos', 'unas', 'más', 'entre',
  'des', 'du', "d'", 'le', 'les', 'et', 'ou', 'à', 'au', 'aux', 'dans', 'pour', 'par', 'sur', 'avec', 'qui',
  'ont', 'sont', 'était', 'der', 'das', 'und', 'oder', 'im', 'mit', 'von', 'für', 'auf', 'bei', 'sind',
  'wurden', 'di', 'della', 'dei', 'degli', 'e', 'nel', 'nella', 'che', 'sono', 'hanno', 'do', 'da', 'dos',
  'das', 'em', 'no', 'na', 'nos', 'nas', 'com', 'foram', 'têm',
  'them', 'you', 'him', 'ellos', 'ellas', 'eux', 'elles', 'ihnen', 'loro', 'eles', 'elas',
  'mentre', 'tandis', 'pendant', 'während', 'enquanto', 'alors', 'aber', 'mais', 'ma', 'mas', 'pero',
  'est', 'étaient', 'avaient', 'avait', 'seront', 'sera', 'ist', 'waren', 'wird', 'werden', 'wurde',
  'haben', 'hatte', 'hatten', 'è', 'erano', 'saranno', 'sarà', 'stati', 'aveva',
  'avevano', 'é', 'eram', 'foi', 'serão', 'será', 'tem', 'tinha', 'tinham', 'estão',
];

/** Words around a figure that say nothing about what it measures; skipped when naming its topic ("fares would rise by 12 percent" → "fare rise"). */
export const TOPIC_FILLER_WORDS: readonly string[] = [
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'by',
  'to', 'at', 'of', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately',
  'up', 'over', 'than', 'more', 'less', 'just', 'only', 'least', 'most', 'as', 'much', 'many',
  'be', 'been', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might',
  'can', 'which', 'and', 'or', 'but', 'new', 'total', 'expected', 'set', 'also', 'now',
  'further', 'another', 'additional', 'already', 'still', 'in', 'on', 'for', 'with', 'it',
  'they', 'he', 'she', 'there', 'not', 'have', 'has', 'had', 'estimated',
  'que', 'en', 'de', 'del', 'el', 'la', 'los', 'las', 'un', 'una', 'por', 'será', 'sería',
  'hasta', 'unos', 'unas', 'cerca', 'casi', 'más', 'menos', 'alrededor', 'se', 'su', 'sus', 'y',
];
