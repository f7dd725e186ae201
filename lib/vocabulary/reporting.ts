// Vocabulary for attribution: reporting verbs, dispute words, roles and the grammar words around a source (English, Spanish).

/** Single-word reporting verbs in their inflections, matched as whole words. Base forms that are mostly nouns ("state", "report", "claim") are left out. */
export const REPORTING_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying', 'stated', 'stating', 'claims', 'claimed', 'claiming',
  'reports', 'reported', 'announce', 'announces', 'announced', 'announcing', 'estimates',
  'estimated', 'disputes', 'disputed', 'disputing', 'deny', 'denies', 'denied', 'denying',
  'reject', 'rejects', 'rejected', 'rejecting', 'insist', 'insists', 'insisted', 'insisting',
  'warn', 'warns', 'warned', 'warning', 'promises', 'promised', 'tell', 'tells', 'told', 'add',
  'adds', 'added', 'adding', 'argue', 'argues', 'argued', 'arguing', 'confirm', 'confirms',
  'confirmed', 'confirming', 'counted', 'noted', 'noting', 'explain', 'explains', 'explained',
  'explaining', 'maintain', 'maintains', 'maintained', 'maintaining', 'acknowledge',
  'acknowledges', 'acknowledged', 'acknowledging', 'admit', 'admits', 'admitted', 'admitting',
  'assert', 'asserts', 'asserted', 'asserting', 'contend', 'contends', 'contended', 'contending',
  'expresses', 'expressed', 'expressing', 'countered', 'contradict', 'contradicted', 'contest',
  'contested', 'calculate', 'calculated', 'tallied', 'recorded', 'wrote', 'writes', 'dijo',
  'dice', 'dicen', 'dijeron', 'decía', 'afirmó', 'afirma', 'afirman', 'afirmaron', 'afirmando',
  'informó', 'informa', 'informan', 'informaron', 'estimó', 'estima', 'estiman', 'estimaron',
  'denunció', 'denuncia', 'denunciaron', 'negó', 'niega', 'niegan', 'negaron', 'aseguró',
  'asegura', 'aseguran', 'aseguraron', 'asegurando', 'declaró', 'declara', 'declararon', 'señaló',
  'señala', 'señalaron', 'indicó', 'indica', 'indicaron', 'explicó', 'añadió', 'agregó',
  'sostuvo', 'sostiene', 'advirtió', 'advierte', 'prometió', 'confirmó', 'confirma', 'reconoció',
  'cifró', 'cifra', 'cifran', 'cifraron', 'calculó', 'calculan', 'calcularon', 'contabilizó',
  'contabilizaron', 'rechazó', 'rechazaron', 'insistió',
];

/** Multi-word reporting phrases whose subject comes before them. */
export const REPORTING_PHRASES: readonly string[] = [
  'told reporters', 'told journalists', 'put the number at', 'put the figure at',
  'put the toll at', 'put the death toll at', 'put turnout at', 'put the turnout at',
  'put the crowd at', 'put attendance at',
];

/** Phrases whose source follows them ("according to the ministry", "según la policía"). */
export const SOURCE_PREPOSITIONS: readonly string[] = ['according to', 'según', 'de acuerdo con'];

/** Words and phrases that put one figure against another. */
export const DISPUTE_WORDS: readonly string[] = [
  'disputed', 'disputes', 'disputing', 'denied', 'denies', 'denying', 'rejected', 'rejects',
  'rejecting', 'put the number at', 'put the figure at', 'whereas', 'contradicted',
  'contradicts', 'contested', 'contests', 'countered', 'counters', 'however', 'instead',
  'lower figure', 'higher figure', 'these figures', 'that figure', 'those figures',
  'negó', 'niega', 'negaron', 'rechazó', 'rechazaron', 'desmintió', 'desmintieron', 'cifró',
  'cifraron', 'mientras que', 'en cambio', 'sin embargo', 'contradijo', 'cuestionó',
];

/** Nouns that name a role rather than a person or body: they split "Police spokesperson Maria Okafor" into role and name. */
export const ROLE_NOUNS: readonly string[] = [
  'minister', 'spokesperson', 'spokesman', 'spokeswoman', 'mayor', 'president', 'director',
  'chief', 'governor', 'senator', 'secretary', 'official', 'officials', 'organisers',
  'organizers', 'organiser', 'organizer', 'commissioner', 'chairman', 'chairwoman', 'chair',
  'head', 'leader', 'analyst', 'researcher', 'professor', 'economist', 'lawyer', 'ambassador',
  'general', 'commander', 'adviser', 'advisor', 'representative', 'sheriff', 'prosecutor',
  'judge', 'ceo', 'manager', 'coordinator', 'treasurer', 'councillor', 'councilor', 'inspector',
  'superintendent', 'officer', 'expert', 'experts', 'deputy', 'envoy', 'premier', 'chancellor',
  'ministro', 'ministra', 'portavoz', 'alcalde', 'alcaldesa', 'presidente', 'presidenta',
  'directora', 'gobernador', 'gobernadora', 'secretario', 'secretaria', 'organizadores',
  'jefe', 'jefa', 'concejal', 'concejala', 'vocero', 'vocera', 'delegado', 'delegada',
  'funcionarios', 'experto', 'experta',
];

/** Words that end a source's noun phrase: a source never reaches across them. */
export const CLAUSE_WORDS: readonly string[] = [
  'that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'with', 'and', 'but', 'as',
  'after', 'because', 'when', 'where', 'although', 'though', 'since', 'if', 'than', 'or', 'so',
  'yet', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'into', 'over', 'under', 'about',
  'against', 'during', 'without', 'contrast', 'meanwhile', 'however', 'also', 'not',
  'que', 'y', 'e', 'o', 'pero', 'mientras', 'con', 'cuando', 'donde', 'aunque', 'porque',
  'como', 'para', 'por', 'en', 'a', 'al', 'sin', 'tras', 'ante',
];

/** A noun phrase right after one of these is its object, never a speaker ("nations in the Global South reject"); "with" and "by" may introduce one. */
export const OBJECT_PREPOSITIONS: readonly string[] = [
  'in', 'on', 'at', 'for', 'from', 'of', 'into', 'over', 'under', 'about', 'against', 'during',
  'without', 'to', 'en', 'de', 'del', 'para', 'a', 'al', 'sin', 'sobre', 'contra',
];

/** Words between a subject and its verb that are skipped ("China has expressed", "police later said"). */
/** Before a reporting verb these make it a demand or a possibility, not a report: "the council must reject". */
export const MODAL_WORDS: readonly string[] = [
  'must', 'should', 'could', 'can', 'may', 'might', 'shall', 'ought', 'cannot', 'to',
  'debe', 'deben', 'debería', 'deberían', 'puede', 'pueden', 'podría', 'podrían',
];

export const AUXILIARY_WORDS: readonly string[] = [
  'has', 'have', 'had', 'will', 'would', 'also', 'later', 'then', 'previously', 'earlier',
  'again', 'first', 'ha', 'han', 'había', 'habían', 'también', 'luego',
];

/** Forms of "be" before a reporting verb make it passive ("cases had been recorded"): the subject is not a speaker. */
export const PASSIVE_AUXILIARIES: readonly string[] = [
  'be', 'been', 'being', 'is', 'was', 'were', 'are', 'fue', 'fueron', 'es', 'son', 'sido',
];

/** Articles and possessive determiners: they open a source's noun phrase and are stripped from its name ("the Taliban" → "Taliban"). */
export const ARTICLES: readonly string[] = [
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'el', 'la', 'los', 'las', 'un', 'una',
  'su', 'sus',
];

/** Titles before a person's name, dropped when matching "Dr. Ruiz" to "Dr. Ana Ruiz". */
export const HONORIFICS: readonly string[] = [
  'dr', 'mr', 'mrs', 'ms', 'prof', 'sir', 'dame', 'sr', 'sra', 'srta', 'dra', 'don', 'doña',
];

/** Pronoun subjects; they refer to the source of the latest attribution. */
export const PRONOUNS: readonly string[] = ['he', 'she', 'they', 'él', 'ella', 'ellos', 'ellas'];

/** Subjects that look like noun phrases but never name a source. */
export const NON_SOURCES: readonly string[] = [
  'it', 'this', 'that', 'which', 'who', 'what', 'there', 'we', 'i', 'you', 'figures', 'figure',
  'number', 'numbers', 'claims', 'claim', 'report', 'estimate', 'estimates', 'count', 'study',
  'statement', 'data', 'esto', 'eso', 'cifra', 'cifras',
];
