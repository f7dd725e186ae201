// Counted things for contest-finding: near-synonyms that count the same quantity, crowds, outcomes, and words that mark a total or a part.

/**
 * Head nouns (singular, lower case) that count the same thing when two sources disagree: "70 insurgents" and
 * "9 fighters" are one toll. One group per line; a noun belongs to at most one group.
 */
export const COUNTED_THING_SYNONYMS: readonly (readonly string[])[] = [
  ['fighter', 'militant', 'combatant', 'insurgent', 'rebel', 'guerrilla', 'gunman', 'terrorist', 'jihadist',
    'combattant', 'insurgé', 'rebelle', 'militante', 'insurgente', 'rebelde', 'kämpfer', 'miliziano', 'combatente'],
  ['case', 'infection', 'infected', 'caso', 'contagio', 'infección', 'cas', 'fall', 'fälle', 'infektion'],
  ['passenger', 'rider', 'traveller', 'traveler', 'commuter', 'pasajero', 'viajero', 'passager', 'voyageur',
    'fahrgast', 'fahrgäste', 'passagier', 'passeggero', 'passageiro'],
  ['soldier', 'troop', 'serviceman', 'servicemen', 'personnel', 'soldado', 'soldat', 'soldaten', 'soldato', 'militar'],
  ['death', 'fatality', 'dead', 'victim', 'muerto', 'víctima', 'mort', 'tote', 'morto', 'vittima'],
  ['home', 'house', 'dwelling', 'vivienda', 'casa', 'maison', 'logement', 'haus', 'häuser', 'wohnung'],
];

/** Counted things that all mean "a crowd": they match each other only when the text says a crowd is being counted. */
export const CROWD_NOUNS: readonly string[] = [
  'people', 'person', 'protester', 'protestor', 'demonstrator', 'marcher', 'participant',
  'attendee', 'supporter', 'resident', 'persona', 'manifestante', 'asistente', 'participante',
  'personne', 'manifestant', 'menschen', 'mensch', 'demonstrant', 'demonstranten', 'teilnehmer',
  'persone', 'dimostrante', 'pessoa', 'manifestantes',
];

/** Words in a sentence that say a crowd is being counted. */
export const CROWD_CONTEXT_WORDS: readonly string[] = [
  'crowd', 'crowds', 'turnout', 'rally', 'march', 'marched', 'protest', 'protests',
  'demonstration', 'attendance', 'attended', 'gathered', 'joined', 'multitud', 'marcha',
  'manifestación', 'asistencia', 'concentración', 'protesta', 'participaron', 'asistieron',
  'manifestation', 'cortège', 'défilé', 'kundgebung', 'demonstration', 'corteo', 'manifestazione',
  'manifestação', 'passeata',
];

/** What happened to the counted thing; two figures with different outcomes are different quantities. */
export const OUTCOME_WORDS: Readonly<Record<string, readonly string[]>> = {
  killed: [
    'killed', 'kill', 'killing', 'died', 'dead', 'deaths', 'death', 'die', 'dying', 'neutralizing',
    'neutralising', 'neutralized', 'neutralised', 'fatalities', 'murieron', 'muertos', 'muertes',
    'fallecidos', 'fallecieron', 'mató', 'mataron', 'tués', 'morts', 'getötet', 'tote', 'uccisi', 'morti', 'mortos',
  ],
  injured: ['injured', 'wounded', 'hurt', 'injuries', 'heridos', 'heridas', 'lesionados', 'blessés', 'verletzt', 'verletzte', 'feriti', 'feridos'],
  arrested: ['arrested', 'detained', 'arrests', 'detenidos', 'arrestados', 'interpellés', 'festgenommen', 'arrestati', 'presos'],
  displaced: ['displaced', 'evacuated', 'homeless', 'fled', 'desplazados', 'evacuados', 'déplacés', 'vertriebene', 'sfollati', 'desalojados'],
};

/** Words before a counted thing or topic that make it a total ("total property losses"); a total is never paired with a part. */
export const TOTAL_WORDS: readonly string[] = [
  'total', 'overall', 'all', 'entire', 'whole', 'combined', 'aggregate', 'totales', 'totale', 'gesamt', 'insgesamt',
];

/** Words that make a figure one part of a quantity ("storm-surge damage alone", "the insured share"); "only" qualifies a number, not a part. */
export const PART_WORDS: readonly string[] = [
  'alone', 'share', 'portion', 'part', 'insured', 'partie', 'allein', 'anteil', 'parte', 'quota', 'porción',
];

/** Nouns that refer back to a figure someone gave ("rejected the board's number"): with a dispute word they link claims far apart. */
export const FIGURE_NOUNS: readonly string[] = [
  'number', 'numbers', 'figure', 'figures', 'estimate', 'estimates', 'count', 'tally', 'toll', 'total',
  'cifra', 'cifras', 'chiffre', 'chiffres', 'bilan', 'zahl', 'zahlen', 'angaben', 'cifre', 'dato', 'dati', 'número', 'números',
];

/** Words that say a claim answers another one's figure, per language; any of them counts in any text. */
export const DISPUTE_WORDS: Readonly<Record<'en' | 'es' | 'fr' | 'de' | 'it' | 'pt', readonly string[]>> = {
  en: [
    'disputed', 'disputes', 'disputing', 'denied', 'denies', 'denying', 'rejected', 'rejects',
    'rejecting', 'put the number at', 'put the figure at', 'whereas', 'contradicted',
    'contradicts', 'contested', 'contests', 'countered', 'counters', 'however', 'instead',
    'lower figure', 'higher figure', 'these figures', 'that figure', 'those figures', 'challenged',
  ],
  es: [
    'negó', 'niega', 'negaron', 'rechazó', 'rechazaron', 'desmintió', 'desmintieron', 'cifró',
    'cifraron', 'mientras que', 'en cambio', 'sin embargo', 'contradijo', 'cuestionó',
  ],
  fr: ['contesté', 'contestent', 'démenti', 'dément', 'rejeté', 'rejette', 'tandis que', 'alors que', 'en revanche'],
  de: ['bestritt', 'bestreitet', 'widersprach', 'zurückgewiesen', 'dagegen', 'hingegen'],
  it: ['smentito', 'smentisce', 'contestato', 'respinto', 'invece'],
  pt: ['negou', 'contestou', 'rejeitou', 'desmentiu', 'enquanto que'],
};

/**
 * Words that make a figure a difference, not a count ("3 seats narrower", "300 more homes", "rose by 15 percent",
 * "up 9 percent"): a difference is never contested against a count. `before` stands right before the figure;
 * `after` right after it or its counted thing; `changeVerbs` a few words before "by" and the figure; `nouns` right
 * before "of" or "by" and the figure.
 */
export const DIFFERENCE_WORDS: {
  before: readonly string[]; after: readonly string[]; changeVerbs: readonly string[]; by: readonly string[]; nouns: readonly string[];
} = {
  before: ['up', 'down', 'another', 'extra', 'additional'],
  after: [
    'more', 'fewer', 'less', 'narrower', 'wider', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'greater',
    'rise', 'increase', 'drop', 'fall', 'decline', 'cut', 'gain', 'jump', 'hike', 'reduction', 'lead', 'margin',
    'más', 'menos', 'plus', 'moins', 'mehr', 'weniger', 'mais',
  ],
  changeVerbs: [
    'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling', 'grow', 'grew', 'grown',
    'increase', 'increased', 'decrease', 'decreased', 'cut', 'drop', 'dropped', 'climb', 'climbed', 'jump', 'jumped',
    'gain', 'gained', 'lose', 'lost', 'win', 'won', 'lead', 'led', 'leads', 'trail', 'trailed', 'trails', 'narrow', 'narrowed',
    'widen', 'widened', 'shrink', 'shrank', 'reduce', 'reduced', 'lower', 'lowered', 'raise', 'raised', 'boost', 'boosted',
    'slip', 'slipped', 'beat', 'outnumber', 'outnumbered', 'exceed', 'exceeded', 'exceeds', 'ahead', 'behind',
  ],
  by: ['by'],
  /** "a margin of 3 seats", "a gap of 40": these nouns before "of" or "by" and the figure. */
  nouns: ['margin', 'lead', 'gap', 'difference', 'shortfall', 'surplus'],
};

/**
 * Which way a difference goes ("rose by 15 percent" up, "20 percent lower" down): two differences that go opposite
 * ways are not one quantity, whatever their topic. Read a few words either side of the figure (lib/text/change-direction.ts).
 */
export const CHANGE_DIRECTIONS: { up: readonly string[]; down: readonly string[] } = {
  up: [
    'up', 'more', 'higher', 'larger', 'bigger', 'greater', 'wider', 'rise', 'rises', 'rose', 'risen', 'rising', 'grow', 'grew',
    'grown', 'increase', 'increased', 'climb', 'climbed', 'jump', 'jumped', 'gain', 'gained', 'raise', 'raised', 'boost',
    'boosted', 'widen', 'widened', 'exceed', 'exceeded', 'hike', 'más', 'plus', 'mehr', 'mais', 'subió', 'augmenté', 'gestiegen',
  ],
  down: [
    'down', 'fewer', 'less', 'lower', 'smaller', 'narrower', 'fall', 'falls', 'fell', 'fallen', 'falling', 'drop', 'dropped',
    'decline', 'declined', 'decrease', 'decreased', 'cut', 'shrink', 'shrank', 'reduce', 'reduced', 'lowered', 'slip', 'slipped',
    'reduction', 'menos', 'moins', 'weniger', 'bajó', 'baissé', 'gesunken',
  ],
};
