// French attribution vocabulary: reporting verbs and phrases ("a fait savoir", "selon", "d'après"), and the grammar words around a source.

import type { ReportingVocabulary } from './reporting';

export const FRENCH: ReportingVocabulary = {
  verbs: [
    'dit', 'disent', 'déclaré', 'déclare', 'déclarent', 'affirmé', 'affirme', 'affirment', 'indiqué', 'indique',
    'indiquent', 'annoncé', 'annonce', 'annoncent', 'expliqué', 'explique', 'ajouté', 'ajoute', 'précisé',
    'précise', 'estimé', 'estime', 'estiment', 'recensé', 'recense', 'compté', 'dénombré', 'assuré', 'assure',
    'souligné', 'souligne', 'rappelé', 'rappelle', 'confirmé', 'confirme', 'démenti', 'dément', 'nié',
    'nie', 'reconnu', 'reconnaît', 'averti', 'prévenu', 'écrit', 'raconté', 'raconte', 'répondu', 'répond',
    'déploré', 'chiffré', 'évalué', 'communiqué', 'martelé', 'insisté', 'avancé', 'signalé', 'noté',
  ],
  nounLikeVerbs: [],
  particleVerbs: {},
  phrases: ['fait savoir', 'a fait savoir', 'fait état de', 'parlé de', 'parle de', 'évoqué'],
  sourcePrepositions: ['selon', "d'après"],
  dataNouns: ['chiffres', 'données', 'estimations', 'sources', 'comptage', 'bilan', 'décompte'],
  articles: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs'],
  determiners: ['ce', 'cette', 'ces', 'de', 'des', 'du'],
  clauseWords: [
    'que', 'qui', 'comme', 'ainsi', 'et', 'ou', 'mais', 'car', 'quand', 'lorsque', 'si', 'avec', 'pour', 'par', 'dans', 'sur',
    'en', 'à', 'au', 'aux', 'sans', 'après', 'avant', 'contre', 'pendant', 'depuis', 'vers', 'chez', 'dont', 'où',
  ],
  coordinators: ['et'],
  complementizers: ['que', "qu'"],
  relativePronouns: ['qui'],
  joiningPrepositions: ['de', 'du', 'des', "d'"],
  objectPrepositions: ['de', 'du', 'des', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'pour', 'par', 'avec', 'sans', 'contre', 'chez'],
  modals: ['doit', 'doivent', 'devrait', 'devraient', 'peut', 'peuvent', 'pourrait', 'pourraient', 'va', 'vont', 'ne', "n'", 'pas'],
  auxiliaries: ["l'a", "l'ont", "l'avait", 'a', 'ont', 'avait', 'avaient', 'aussi', 'également', 'encore', 'déjà', 'alors', 'ensuite'],
  passives: ['été', 'est', 'sont', 'était', 'étaient', 'être'],
  pronouns: { il: 'm', elle: 'f', ils: 'plural', elles: 'plural' },
  roleNouns: [
    'ministre', 'porte-parole', 'maire', 'président', 'présidente', 'directeur', 'directrice', 'préfet',
    'secrétaire', 'responsable', 'chef', 'délégué', 'déléguée', 'organisateurs', 'organisatrices', 'avocat', 'avocate',
    'porte-parole', 'député', 'députée', 'sénateur', 'sénatrice', 'expert', 'experte', 'syndicaliste',
  ],
  spokesRoles: ['source', 'sources', 'porte-parole', 'représentant', 'représentante', 'avocat', 'avocate'],
  organisationNouns: [
    'préfecture', 'ministère', 'gouvernement', 'intersyndicale', 'syndicat', 'direction', 'mairie', 'police',
    'gendarmerie', 'conseil', 'comité', 'entreprise', 'société', 'association', 'agence', 'office', 'parti', 'tribunal',
  ],
  quantityNouns: ['majorité', 'plupart', 'nombre', 'groupe', 'dizaines', 'centaines', 'milliers'],
  nonSources: ['ce', 'cela', 'ceci', 'on', 'chiffre', 'chiffres', 'nombre', 'personne', 'tous'],
  timeWords: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', "aujourd'hui", 'hier', 'soir', 'matin', 'ensuite'],
  honorifics: ['m', 'mme', 'mlle', 'dr', 'me', 'pr'],
  feminine: ['mme', 'mlle', 'madame', 'présidente', 'directrice', 'députée', 'sénatrice', 'avocate', 'déléguée'],
  masculine: ['m', 'monsieur', 'président', 'directeur', 'député', 'sénateur', 'avocat', 'délégué'],
};
