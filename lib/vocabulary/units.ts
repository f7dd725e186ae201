// Vocabulary for reading figures: number words, scales, currencies, percent, and the words that make a number not a figure.

/** Spelled numbers below a hundred, per language: Spanish "once" (11) is an English adverb. Hyphenated tens are split before lookup. */
export const SMALL_NUMBER_WORDS: Readonly<Record<'en' | 'es', Readonly<Record<string, number>>>> = {
  en: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  es: {
    cero: 0, uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7,
    ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15,
    dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21,
    veintiún: 21, veintiuna: 21, veintidós: 22, veintitrés: 23, veinticuatro: 24, veinticinco: 25,
    veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40,
    cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  },
};

/** Spanish hundreds are single words that add to the running total. */
export const HUNDREDS_WORDS: Readonly<Record<string, number>> = {
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600,
  seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800,
  novecientos: 900, novecientas: 900,
};

/** "hundred" multiplies what precedes it; the scales below close a group. */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = { hundred: 100 };

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12,
  mil: 1e3, millón: 1e6, millones: 1e6, billón: 1e12, billones: 1e12,
};

/** Suffixes glued to a numeral that scale it, accepted only after a currency sign ("$40m"). */
export const SCALE_SUFFIXES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, bn: 1e9 };

/** Words that join spelled numbers ("two hundred and five", "treinta y dos"). */
export const NUMBER_JOINERS: readonly string[] = ['and', 'y'];

/** Spelled quantities that mean 1 only before a scale ("a million", "un millón"); alone they are pronouns or articles. */
export const ONE_WORDS: readonly string[] = ['a', 'an', 'one', 'un', 'uno', 'una'];

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
};

export const PERCENT_UNIT = 'percent';

/** Words after a numeral that make it a percentage. */
export const PERCENT_WORDS: readonly string[] = [
  '%', 'percent', 'per cent', 'percentage points', 'por ciento', 'puntos porcentuales', 'pct',
];

/** A number followed by one of these measures time, not a quantity ("four days", "two-year"). */
export const DURATION_WORDS: readonly string[] = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries',
  'yr', 'yrs', 'hrs', 'mins',
  'segundo', 'segundos', 'minuto', 'minutos', 'hora', 'horas', 'día', 'días', 'noche', 'noches',
  'semana', 'semanas', 'mes', 'meses', 'año', 'años', 'década', 'décadas', 'siglo', 'siglos',
];

/** A number followed by one of these is a clock time ("3 pm"). */
export const TIME_SUFFIXES: readonly string[] = [
  'am', 'pm', 'a.m.', 'p.m.', "o'clock", 'h', 'gmt', 'utc', 'bst', 'est', 'pst', 'cet',
];

/** A number preceded by one of these names a clock time ("a las 3"). */
export const TIME_PREFIXES: readonly string[] = ['las', 'la'];

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

/** Before a spelled small number these make it a reference, not a count ("the two nations"). */
export const DETERMINERS: readonly string[] = [
  'the', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'both',
  'los', 'las', 'sus', 'estos', 'estas', 'esos', 'esas', 'ambos', 'ambas',
];

/** A four-digit number after one of these is a year ("in 2025", "since 1990"). */
export const YEAR_CONTEXT_WORDS: readonly string[] = [
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'through',
  'year', 'mid', 'early', 'late', 'circa', 'c', 'between', 'around', 'summer', 'winter',
  'spring', 'autumn', 'fall', 'fiscal', 'en', 'desde', 'hasta', 'de', 'del', 'año', 'durante',
  'antes', 'después',
];

/** English month names count only when capitalised ("May 5" but not "as many as 30 may"). */
export const MONTH_NAMES_EN: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec',
];

export const MONTH_NAMES_ES: readonly string[] = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
  'setiembre', 'octubre', 'noviembre', 'diciembre',
];

export const WEEKDAY_NAMES: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
];

/** Counted things that all mean "a crowd": they match each other only when the text says a crowd is being counted. */
export const CROWD_NOUNS: readonly string[] = [
  'people', 'person', 'protester', 'protestor', 'demonstrator', 'marcher', 'participant',
  'attendee', 'supporter', 'resident', 'persona', 'manifestante', 'asistente', 'participante',
];

/** Words in a sentence that say a crowd is being counted. */
export const CROWD_CONTEXT_WORDS: readonly string[] = [
  'crowd', 'crowds', 'turnout', 'rally', 'march', 'marched', 'protest', 'protests',
  'demonstration', 'attendance', 'attended', 'gathered', 'joined', 'multitud', 'marcha',
  'manifestación', 'asistencia', 'concentración', 'protesta', 'participaron', 'asistieron',
];

/** What happened to the counted thing; two figures with different outcomes are different quantities. */
export const OUTCOME_WORDS: Readonly<Record<string, readonly string[]>> = {
  killed: [
    'killed', 'kill', 'killing', 'died', 'dead', 'deaths', 'death', 'die', 'dying', 'neutralizing',
    'neutralising', 'neutralized', 'neutralised', 'fatalities', 'murieron', 'muertos', 'muertes',
    'fallecidos', 'fallecieron', 'mató', 'mataron',
  ],
  injured: ['injured', 'wounded', 'hurt', 'injuries', 'heridos', 'heridas', 'lesionados'],
  arrested: ['arrested', 'detained', 'arrests', 'detenidos', 'arrestados'],
  displaced: ['displaced', 'evacuated', 'homeless', 'desplazados', 'evacuados'],
};

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
