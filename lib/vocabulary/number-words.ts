// Spelled numbers in the six languages read (en, es, fr, de, it, pt): the pieces a number word is made of, and how they combine.

/** The languages whose spelled numbers are known; any other language reads as English. */
export type NumberLanguage = 'en' | 'es' | 'fr' | 'de' | 'it' | 'pt';
export const NUMBER_LANGUAGES: readonly NumberLanguage[] = ['en', 'es', 'fr', 'de', 'it', 'pt'];

/**
 * The pieces of one language's number words. A word is a number word when it is one piece, or (in `compounds`
 * languages) a run of pieces written together without hyphens: German "zweiundzwanzig", Italian "duecentomila",
 * French "quatre-vingt-dix". Values combine as in "two hundred and five thousand": units add, a multiplier multiplies
 * what is pending, a scale closes a group.
 */
export interface NumberWords {
  /** Values below a hundred that add ("twenty", "veintitrés", "quatrevingt"). */
  units: Readonly<Record<string, number>>;
  /** Words that multiply what precedes them, or stand for themselves alone ("hundred", "cent", "dozen" after "a"). */
  multipliers: Readonly<Record<string, number>>;
  /** Words that close a group ("thousand", "mil", "Millionen"). */
  scales: Readonly<Record<string, number>>;
  /** Words that mean 1 only before a multiplier or a scale ("a million", "une dizaine"); alone they are articles or pronouns. */
  ones: readonly string[];
  /** Words between two number words ("two hundred and five", "treinta y dos", "vinte e três"). */
  joiners: readonly string[];
  /** Whether a joiner may follow any number word (Portuguese "duzentos e cinquenta") or only tens, multipliers and scales. */
  joinAfterAny: boolean;
  /** Whether number words are written as one word made of pieces (German, Italian, French hyphens). */
  compounds: boolean;
  /** Multipliers that need a number or a one-word before them ("a dozen", "une dizaine"; "dozen" alone is no figure). */
  collectives: readonly string[];
  /** Number words that are as often another word; they are figures only when a counted thing follows ("sei persone", "one train"). */
  ambiguous: readonly string[];
}

const ENGLISH: NumberWords = {
  units: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  multipliers: { hundred: 100, dozen: 12 },
  scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
  ones: ['a', 'an', 'one'],
  joiners: ['and'],
  joinAfterAny: false,
  compounds: false,
  collectives: ['dozen'],
  ambiguous: ['one'],
};

const SPANISH: NumberWords = {
  units: {
    cero: 0, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7,
    ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15,
    dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21,
    veintiún: 21, veintiuna: 21, veintidós: 22, veintitrés: 23, veinticuatro: 24, veinticinco: 25,
    veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40,
    cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
    cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
    cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600,
    seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800,
    novecientos: 900, novecientas: 900,
  },
  multipliers: { docena: 12, decena: 10, centenar: 100, millar: 1e3 },
  scales: { mil: 1e3, millón: 1e6, millones: 1e6, billón: 1e12, billones: 1e12 },
  ones: ['un', 'uno', 'una'],
  joiners: ['y'],
  joinAfterAny: false,
  compounds: false,
  collectives: ['docena', 'decena', 'centenar', 'millar'],
  ambiguous: [],
};

const FRENCH: NumberWords = {
  units: {
    zéro: 0, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20,
    trente: 30, quarante: 40, cinquante: 50, soixante: 60, quatrevingt: 80, quatrevingts: 80,
  },
  multipliers: { cent: 100, cents: 100, douzaine: 12, dizaine: 10, centaine: 100, millier: 1e3 },
  scales: { mille: 1e3, mil: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  ones: ['un', 'une'],
  joiners: ['et'],
  joinAfterAny: false,
  compounds: true,
  collectives: ['douzaine', 'dizaine', 'centaine', 'millier'],
  ambiguous: ['neuf'],
};

const GERMAN: NumberWords = {
  units: {
    null: 0, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
    acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, sech: 6, sieb: 7, zwanzig: 20, dreißig: 30,
    vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  },
  multipliers: { hundert: 100, dutzend: 12 },
  scales: { tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9 },
  ones: ['ein', 'eine', 'einer', 'einem', 'einen'],
  joiners: ['und'],
  joinAfterAny: false,
  compounds: true,
  collectives: ['dutzend'],
  ambiguous: ['null', 'acht'],
};

const ITALIAN: NumberWords = {
  units: {
    zero: 0, due: 2, tre: 3, tré: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8,
    nove: 9, dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15,
    sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, venti: 20, vent: 20, trenta: 30,
    trent: 30, quaranta: 40, quarant: 40, cinquanta: 50, cinquant: 50, sessanta: 60, sessant: 60,
    settanta: 70, settant: 70, ottanta: 80, ottant: 80, novanta: 90, novant: 90,
  },
  multipliers: { cento: 100, dozzina: 12, decina: 10, centinaio: 100, migliaio: 1e3 },
  scales: { mille: 1e3, mila: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9 },
  ones: ['un', 'una', 'uno'],
  joiners: [],
  joinAfterAny: false,
  compounds: true,
  collectives: ['dozzina', 'decina', 'centinaio', 'migliaio'],
  ambiguous: ['sei'],
};

const PORTUGUESE: NumberWords = {
  units: {
    zero: 0, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9,
    dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16,
    dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20,
    trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90,
    cem: 100, cento: 100, duzentos: 200, duzentas: 200, trezentos: 300, trezentas: 300,
    quatrocentos: 400, quatrocentas: 400, quinhentos: 500, quinhentas: 500, seiscentos: 600,
    seiscentas: 600, setecentos: 700, setecentas: 700, oitocentos: 800, oitocentas: 800,
    novecentos: 900, novecentas: 900,
  },
  multipliers: { dúzia: 12, dezena: 10, centena: 100, milhar: 1e3 },
  scales: { mil: 1e3, milhão: 1e6, milhões: 1e6, bilhão: 1e9, bilhões: 1e9, bilião: 1e12, biliões: 1e12 },
  ones: ['um', 'uma'],
  joiners: ['e'],
  joinAfterAny: true,
  compounds: false,
  collectives: ['dúzia', 'dezena', 'centena', 'milhar'],
  ambiguous: [],
};

export const NUMBER_WORDS: Readonly<Record<NumberLanguage, NumberWords>> = {
  en: ENGLISH, es: SPANISH, fr: FRENCH, de: GERMAN, it: ITALIAN, pt: PORTUGUESE,
};

/** Spelled numbers in English and Spanish that stand alone (a source is never named by one of these words). */
export const SMALL_NUMBER_WORDS: Readonly<Record<'en' | 'es', Readonly<Record<string, number>>>> = {
  en: ENGLISH.units,
  es: { ...SPANISH.units, uno: 1, una: 1 },
};
