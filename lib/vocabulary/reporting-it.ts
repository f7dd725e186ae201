// Italian attribution vocabulary: reporting verbs and phrases ("secondo", "hanno parlato di", "ha dichiarato"), and the grammar words around a source.

import type { ReportingVocabulary } from './reporting';

export const ITALIAN: ReportingVocabulary = {
  verbs: [
    'detto', 'dice', 'dicono', 'disse', 'dichiarato', 'dichiara', 'dichiarano', 'affermato', 'afferma', 'riferito',
    'riferisce', 'riferiscono', 'annunciato', 'annuncia', 'spiegato', 'spiega', 'aggiunto', 'aggiunge', 'precisato',
    'stimato', 'stima', 'stimano', 'contato', 'conta', 'confermato', 'conferma', 'negato', 'smentito', 'sottolineato',
    'ricordato', 'scritto', 'comunicato', 'segnalato', 'sostenuto', 'sostiene', 'assicurato', 'denunciato',
  ],
  nounLikeVerbs: [],
  particleVerbs: {},
  phrases: ['parlato di', 'parla di', 'parlano di', 'fatto sapere'],
  sourcePrepositions: ['secondo', 'stando a', 'a detta di'],
  dataNouns: ['dati', 'cifre', 'stime', 'fonti', 'conteggi'],
  articles: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'uno', 'una', "un'", 'suo', 'sua', 'loro'],
  determiners: ['questo', 'questa', 'questi', 'queste', 'quel', 'quella'],
  clauseWords: [
    'che', 'come', 'e', 'ed', 'o', 'ma', 'mentre', 'con', 'per', 'in', 'a', 'al', 'alla', 'ai', 'da', 'dal', 'dalla',
    'su', 'sul', 'nel', 'nella', 'tra', 'fra', 'quando', 'dove', 'perché', 'se', 'senza', 'dopo', 'prima',
  ],
  coordinators: ['e', 'ed'],
  complementizers: ['che'],
  relativePronouns: [],
  joiningPrepositions: ['di', 'del', 'della', 'dei', 'degli', 'delle'],
  objectPrepositions: ['di', 'del', 'della', 'a', 'al', 'alla', 'in', 'nel', 'nella', 'da', 'dal', 'su', 'per', 'con'],
  modals: ['deve', 'devono', 'dovrebbe', 'può', 'possono', 'potrebbe', 'non'],
  auxiliaries: ['ha', 'hanno', 'aveva', 'avevano', 'anche', 'già', 'poi', 'inoltre'],
  passives: ['è', 'sono', 'stato', 'stata', 'stati', 'state', 'era', 'erano'],
  pronouns: { lui: 'm', lei: 'f', loro: 'plural' },
  roleNouns: [
    'sindaco', 'ministro', 'ministra', 'portavoce', 'presidente', 'direttore', 'direttrice', 'assessore',
    'segretario', 'segretaria', 'responsabile', 'capo', 'organizzatori', 'prefetto', 'questore', 'esperto',
  ],
  spokesRoles: ['fonte', 'fonti', 'portavoce'],
  organisationNouns: ['questura', 'azienda', 'comune', 'regione', 'governo', 'ministero', 'sindacato', 'prefettura', 'polizia', 'associazione', 'ufficio'],
  quantityNouns: ['maggioranza', 'parte', 'gruppo', 'numero', 'decine', 'centinaia', 'migliaia'],
  nonSources: ['questo', 'ciò', 'cifra', 'dati', 'nessuno'],
  timeWords: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'oggi', 'ieri', 'poi'],
  honorifics: ['sig', 'sig.ra', 'dott', 'dott.ssa', 'prof'],
  feminine: ['sig.ra', 'signora', 'dott.ssa', 'direttrice', 'segretaria', 'ministra'],
  masculine: ['sig', 'signor', 'signore', 'direttore', 'segretario', 'ministro', 'sindaco'],
};
