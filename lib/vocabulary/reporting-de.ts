// German attribution vocabulary: reporting verbs and phrases ("sprach von", "laut", "nach Angaben der", "wie … mitteilte"), and the grammar words around a source.

import type { ReportingVocabulary } from './reporting';

export const GERMAN: ReportingVocabulary = {
  verbs: [
    'sagte', 'sagten', 'sagt', 'sagen', 'gesagt', 'erklärte', 'erklärten', 'erklärt', 'teilte', 'teilten', 'mitteilte',
    'mitteilten', 'mitgeteilt', 'berichtete', 'berichteten', 'berichtet', 'betonte', 'betont', 'meldete', 'meldeten',
    'gemeldet', 'schätzte', 'schätzt', 'schätzten', 'bestätigte', 'bestätigt', 'bestritt', 'dementierte',
    'warnte', 'kündigte', 'ankündigte', 'zählte', 'zählten', 'gezählt', 'schrieb', 'fügte', 'hinzufügte', 'räumte',
    'versicherte', 'verwies', 'bezifferte', 'bezifferten', 'beziffert', 'sprach', 'sprachen', 'hieß',
  ],
  nounLikeVerbs: [],
  particleVerbs: {},
  phrases: ['sprach von', 'sprachen von', 'ist die rede von'],
  sourcePrepositions: ['laut', 'nach angaben', 'nach zählung', 'nach schätzung', 'nach schätzungen', 'zufolge', 'gemäß'],
  dataNouns: ['angaben', 'zählung', 'schätzungen', 'zahlen', 'daten'],
  articles: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'sein', 'seine', 'ihr', 'ihre', 'vom'],
  determiners: ['diese', 'dieser', 'dieses', 'diesen'],
  clauseWords: [
    'dass', 'und', 'oder', 'aber', 'wie', 'weil', 'wenn', 'als', 'mit', 'für', 'von', 'vom', 'aus', 'bei',
    'nach', 'zu', 'zum', 'zur', 'in', 'im', 'an', 'am', 'auf', 'über', 'unter', 'gegen', 'ohne', 'bis', 'seit',
    'der', 'die', 'das', 'welche', 'welcher',
  ],
  coordinators: ['und'],
  complementizers: ['dass'],
  relativePronouns: [],
  joiningPrepositions: [],
  objectPrepositions: ['in', 'im', 'an', 'am', 'auf', 'mit', 'von', 'vom', 'bei', 'zu', 'zum', 'zur', 'für', 'gegen', 'über'],
  modals: ['muss', 'müssen', 'soll', 'sollte', 'kann', 'könnte', 'wird', 'werden', 'nicht'],
  auxiliaries: ['hat', 'haben', 'hatte', 'hatten', 'auch', 'zudem', 'bereits', 'noch', 'dann', 'später', 'am', 'montag'],
  passives: ['wurde', 'wurden', 'worden', 'ist', 'sind', 'war', 'waren'],
  pronouns: { er: 'm', sie: 'plural', es: 'thing' },
  roleNouns: [
    'sprecher', 'sprecherin', 'bürgermeister', 'bürgermeisterin', 'minister', 'ministerin', 'präsident', 'präsidentin',
    'direktor', 'direktorin', 'leiter', 'leiterin', 'chef', 'chefin', 'vorsitzende', 'vorsitzender', 'veranstalter',
    'experte', 'expertin', 'anwalt', 'anwältin', 'polizeisprecher', 'polizeisprecherin',
  ],
  spokesRoles: ['sprecher', 'sprecherin'],
  organisationNouns: ['polizei', 'stadtverwaltung', 'verband', 'verein', 'ministerium', 'regierung', 'behörde', 'amt', 'gewerkschaft', 'stadt', 'firma', 'unternehmen'],
  quantityNouns: ['mehrheit', 'zahl', 'gruppe', 'dutzende', 'hunderte', 'tausende'],
  nonSources: ['es', 'das', 'dies', 'man', 'zahl', 'zahlen'],
  timeWords: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'heute', 'gestern', 'abend', 'später', 'danach', 'anschließend'],
  honorifics: ['dr', 'prof', 'herr', 'frau'],
  feminine: ['frau', 'sprecherin', 'bürgermeisterin', 'ministerin', 'präsidentin', 'direktorin', 'leiterin'],
  capitalisedNouns: true,
  masculine: ['herr', 'sprecher', 'bürgermeister', 'minister', 'präsident', 'direktor', 'leiter'],
};
