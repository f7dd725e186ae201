// Portuguese attribution vocabulary: reporting verbs and phrases ("segundo", "de acordo com", "afirmaram"), and the grammar words around a source.

import type { ReportingVocabulary } from './reporting';

export const PORTUGUESE: ReportingVocabulary = {
  verbs: [
    'disse', 'disseram', 'diz', 'dizem', 'afirmou', 'afirmaram', 'afirma', 'afirmam', 'informou', 'informaram',
    'informa', 'declarou', 'declararam', 'explicou', 'acrescentou', 'estimou', 'estima', 'estimaram', 'contou',
    'contaram', 'confirmou', 'confirmaram', 'negou', 'negaram', 'anunciou', 'anunciaram', 'ressaltou', 'destacou',
    'garantiu', 'alertou', 'lembrou', 'escreveu', 'falou', 'divulgou', 'calculou', 'calcularam', 'relatou', 'admitiu',
  ],
  nounLikeVerbs: [],
  particleVerbs: {},
  phrases: ['deixou claro', 'falou em', 'falaram em'],
  sourcePrepositions: ['segundo', 'de acordo com', 'conforme'],
  dataNouns: ['dados', 'números', 'cifras', 'estimativas', 'fontes'],
  articles: ['o', 'a', 'os', 'as', 'um', 'uma', 'seu', 'sua', 'seus', 'suas'],
  determiners: ['este', 'esta', 'esse', 'essa', 'estes', 'estas'],
  clauseWords: [
    'que', 'e', 'ou', 'mas', 'enquanto', 'com', 'para', 'por', 'em', 'no', 'na', 'nos', 'nas', 'ao', 'à',
    'sem', 'após', 'quando', 'onde', 'porque', 'como', 'desde', 'até', 'sobre', 'contra', 'pelo', 'pela',
  ],
  coordinators: ['e'],
  complementizers: ['que'],
  relativePronouns: [],
  joiningPrepositions: ['de', 'do', 'da', 'dos', 'das'],
  objectPrepositions: ['de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'a', 'ao', 'à', 'para', 'por', 'com', 'sem'],
  modals: ['deve', 'devem', 'deveria', 'pode', 'podem', 'poderia', 'não', 'vai', 'vão'],
  auxiliaries: ['tem', 'têm', 'tinha', 'havia', 'também', 'já', 'ainda', 'depois', 'ontem', 'hoje'],
  passives: ['foi', 'foram', 'é', 'são', 'sido', 'era'],
  pronouns: { ele: 'm', ela: 'f', eles: 'plural', elas: 'plural' },
  roleNouns: [
    'presidente', 'ministro', 'ministra', 'prefeito', 'prefeita', 'secretário', 'secretária', 'diretor', 'diretora',
    'porta-voz', 'governador', 'governadora', 'técnico', 'treinador', 'comandante', 'jogador', 'capitão', 'organizadores', 'coordenador', 'coordenadora', 'líder',
  ],
  spokesRoles: ['fonte', 'fontes', 'porta-voz', 'representante'],
  organisationNouns: ['secretaria', 'sindicato', 'guarda', 'prefeitura', 'governo', 'ministério', 'polícia', 'empresa', 'associação', 'tribunal', 'câmara'],
  quantityNouns: ['maioria', 'parte', 'grupo', 'número', 'dezenas', 'centenas', 'milhares'],
  nonSources: ['isso', 'isto', 'número', 'números', 'ninguém'],
  timeWords: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'hoje', 'ontem'],
  honorifics: ['sr', 'sra', 'dr', 'dra'],
  feminine: ['sra', 'dra', 'senhora', 'prefeita', 'secretária', 'diretora', 'governadora', 'presidenta', 'ministra'],
  masculine: ['sr', 'senhor', 'prefeito', 'secretário', 'diretor', 'governador', 'ministro'],
};
