// Spanish subjectivity vocabulary: opinion cue words by kind, opinion patterns, and the grammar words that tell an attribution from the writer's own voice.
import { SENTENCE_START, type PatternSet, type SubjectivityVocabulary } from './subjectivity-patterns';

/**
 * Same conventions as the English list: lower-case whole words or phrases, a trailing "*" takes
 * any ending (gender and number: "vergonzos*" → vergonzoso, vergonzosas). Words that Spanish news
 * uses neutrally ("polémica", "escándalo", "catástrofe", "presunto") are left out.
 */
export const SUBJECTIVITY_ES: SubjectivityVocabulary = {
  cues: {
    evaluative: [
      'vergonzos*', 'lamentable', 'lamentables', 'inaceptable', 'inaceptables', 'intolerable',
      'intolerables', 'indignante', 'indignantes', 'escandalos*', 'absurd*', 'ridícul*', 'patétic*',
      'nefast*', 'desastros*', 'bochornos*', 'deplorable', 'deplorables', 'impresentable',
      'impresentables', 'irresponsable', 'irresponsables', 'irresponsabilidad', 'hipócrita',
      'hipócritas', 'hipocresía', 'cínic*', 'cinismo', 'mediocre', 'mediocres', 'mediocridad',
      'inept*', 'ineptitud', 'incompetente', 'incompetentes', 'incompetencia', 'chapucer*', 'chapuza',
      'despropósito', 'disparate', 'sinsentido', 'farsa', 'paripé', 'pantomima', 'atropello',
      'desfachatez', 'descaro', 'descarad*', 'cobarde', 'cobardes', 'cobardía', 'infame', 'infames',
      'mezquin*', 'demagogia', 'demagógic*', 'electoralista', 'electoralistas', 'ocurrencia',
      'ocurrencias', 'admirable', 'admirables', 'encomiable', 'loable', 'acertad*', 'acierto',
      'desacierto', 'timorat*', 'insensat*', 'arrogancia', 'soberbia', 'prepotencia',
      'torpeza', 'negligente', 'dejadez', 'desidia', 'abandono institucional', 'sectari*', 'partidista',
      'imperialista', 'neocolonial', 'hegemonía', 'manipula', 'manipulan', 'manipular',
      'fracaso estrepitoso', 'estrepitos*', 'error garrafal', 'grave error', 'es un error',
      'fue un error', 'un error histórico', 'sin rumbo', 'a la deriva', 'tomadura de pelo',
      'brindis al sol', 'papel mojado', 'cortina de humo', 'lavado de cara', 'golpe de efecto',
      'mirar hacia otro lado', 'mira hacia otro lado', 'miran hacia otro lado', 'un insulto',
      'una vergüenza', 'una burla', 'burla', 'tarde y mal', 'llega tarde', 'parche', 'parches',
      'que más lo necesitan', 'quienes más lo necesitan', 'los de siempre', 'a costa de',
      'doble rasero', 'doble moral', 'promesas vacías', 'palabras vacías', 'gesto vacío',
      'lo correcto', 'tiene razón', 'tienen razón', 'con razón', 'sin sentido', 'un paso en la buena dirección',
      'rayo de esperanza', 'huida hacia adelante', 'patada hacia adelante', 'agua de borrajas',
      'paso atrás', 'un lujo que no', 'sentido común', 'rancio', 'rancia', 'caciquil',
      'injust*', 'postureo', 'cortoplacis*', 'fiasco', 'buena noticia', 'mala noticia', 'buena idea',
      'mala idea', 'sensat*', 'mal ejecutad*', 'mal plantead*', 'mal diseñad*', 'mal gestionad*',
      'vendido su alma', 'vender su alma',
      'no tiene sentido', 'tiene sentido', 'carece de sentido', 'merece la pena', 'vale la pena',
      'el gran problema', 'cruel', 'crueles', 'impensable', 'mala gestión', 'pésim*', 'despilfarro',
      'derroche', 'a la altura', 'de risa', 'vergüenza',
      // léxico amplio de juicio: adjetivos y nombres que alaban o condenan lo que describen
      'cicater*', 'contraproducente', 'contraproducentes', 'cutre', 'cutres', 'deleznable', 'deleznables', 'demencial',
      'demenciales', 'denigrante', 'denigrantes', 'desafortunad*', 'descabellad*', 'despreciable', 'despreciables',
      'disparatad*', 'esperpent*', 'esperpéntic*', 'estéril', 'estériles', 'excelente', 'excelentes', 'frívol*',
      'frivolidad', 'grotesc*', 'ilusori*', 'impecable', 'imperdonable', 'imperdonables', 'incoherencia', 'indecente',
      'indecentes', 'indigno', 'indigna', 'indignos', 'indignas', 'ineficaz', 'ineficaces', 'ineficiente', 'ineficientes',
      'inexplicable', 'inexplicables', 'ingenuidad', 'ingenuo', 'ingenua', 'ingenuos', 'ingenuas', 'inoperante', 'inoperantes',
      'insensible', 'insensibles', 'insultante', 'insultantes', 'inútil', 'inútiles', 'irrisori*', 'magnífic*', 'miserable',
      'miserables', 'miopía', 'necedad', 'obscen*', 'oportunista', 'oportunistas', 'oportunismo', 'paternalista',
      'paternalismo', 'penos*', 'pernicios*', 'repugnante', 'repugnantes', 'ruin', 'ruines', 'soez', 'torpe',
      'torpes', 'tramposo', 'tramposa', 'valiente', 'valientes', 'valentía', 'sensatez', 'cordura', 'insensatez', 'desvarío',
      'delirante', 'locura', 'ñapa', 'trampantojo',
      // modismos y frases hechas de juicio
      'paños calientes', 'patada a seguir', 'mirar para otro lado', 'echar balones fuera', 'echa balones fuera',
      'balones fuera', 'tirar la toalla', 'lavarse las manos', 'se lava las manos', 'se lavan las manos',
      'el carro delante de los bueyes', 'a bombo y platillo', 'con bombo y platillo', 'de cara a la galería',
      'cara a la galería', 'vender humo', 'vende humo', 'venden humo', 'tirar el dinero', 'dinero tirado', 'pozo sin fondo',
      'elefante blanco', 'castillo de naipes', 'gato por liebre', 'palos de ciego', 'sin ton ni son', 'ni pies ni cabeza',
      'hacer la vista gorda', 'la vista gorda', 'oídos sordos', 'perdido el norte', 'perdido el rumbo', 'falta de ambición',
      'falta de visión', 'falta de liderazgo', 'falta de voluntad', 'falta de valentía', 'falta de sensibilidad',
      'falta de previsión', 'falta de planificación', 'demasiado tarde', 'demasiado poco', 'poco y tarde', 'se queda corta',
      'se quedan cortas', 'se queda corto', 'se quedan cortos', 'quedarse corto', 'cansados de', 'hartos de', 'harta de',
      'harto de', 'hartas de', 'los platos rotos', 'no es suficiente', 'no son suficientes', 'no será suficiente',
      'sería mejor', 'es mejor que',
    ],
    prescriptive: [
      'debe', 'deben', 'debería', 'deberían', 'debemos', 'deberíamos', 'hay que', 'tiene que',
      'tienen que', 'tenemos que', 'es hora de', 'ya es hora', 'va siendo hora', 'es urgente', 'urge',
      'es imprescindible', 'es necesario', 'es preciso', 'es fundamental que', 'es vital', 'merece',
      'merecen', 'merecemos', 'no puede seguir', 'no pueden seguir', 'no puede permitirse',
      'no se puede permitir', 'no cabe', 'basta de', 'ya basta', 'sería deseable', 'haría bien en',
      'harían bien en', 'no hay excusa', 'no hay excusas', 'no es de recibo', 'se impone', 'conviene',
      // exigencias
      'hace falta', 'no puede depender', 'no pueden depender', 'no puede quedar', 'no puede quedarse', 'no puede convertirse',
      'no puede ser que', 'no puede limitarse', 'ya está bien', 'basta ya', 'no debe', 'no deben',
    ],
    stance: [
      'creo que', 'creemos que', 'pienso que', 'pensamos que', 'opino que', 'opinamos que',
      'a mi juicio', 'a nuestro juicio', 'en mi opinión', 'en nuestra opinión', 'a mi parecer',
      'a mi entender', 'me parece', 'nos parece', 'estoy convencido', 'estoy convencida',
      'estamos convencidos', 'sin duda', 'sin lugar a dudas', 'evidentemente', 'obviamente',
      'claramente', 'desde luego', 'por supuesto', 'lamentablemente', 'afortunadamente',
      'por desgracia', 'por fortuna', 'francamente', 'sinceramente', 'nosotros', 'nosotras',
      'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nos', 'yo', 'mi', 'mis', 'me temo',
      'es evidente que', 'es obvio que', 'está claro que', 'no cabe duda', 'cuesta creer',
      'cuesta entender', 'es difícil entender', 'como era de esperar', 'para colmo', 'peor aún',
      'lo peor es', 'lo grave es', 'lo triste es', 'por suerte', 'a todas luces', 'huelga decir', 'sobra decir',
      // la voz del autor: certezas, concesiones y primera persona del plural
      'sin ninguna duda', 'indudablemente', 'innegablemente', 'ciertamente', 'a decir verdad', 'ojalá', 'curiosamente',
      'paradójicamente', 'irónicamente', 'tristemente', 'sorprendentemente', 'incomprensiblemente', 'inexplicablemente',
      'lógicamente', 'como no podía ser de otra manera', 'como no podía ser de otro modo', 'al fin y al cabo',
      'a fin de cuentas', 'después de todo', 'hay que reconocer', 'hay que decir', 'es cierto que', 'bien es cierto',
      'ahora bien', 'hemos', 'estamos', 'somos', 'tenemos', 'sabemos', 'necesitamos', 'queremos', 'vivimos', 'pagamos',
      'seguimos', 'llevamos', 'vemos', 'podríamos',
    ],
    intensifier: [
      'profundamente', 'absolutamente', 'totalmente', 'completamente', 'realmente', 'verdaderamente',
      'sumamente', 'enormemente', 'tremendamente', 'terriblemente', 'increíblemente', 'extremadamente',
      'muy', 'demasiado', 'demasiada', 'demasiados', 'demasiadas', 'rotundamente', 'flagrante',
      'auténtic*', 'verdader*', 'ni siquiera', 'descaradamente', 'claro está', 'genuinamente',
      'simplemente', 'tan solo', 'de verdad',
      // más intensificadores
      'sencillamente', 'precisamente', 'mismísim*',
    ],
    absolute: [
      'siempre', 'nunca', 'jamás', 'nadie', 'todo el mundo', 'ninguno', 'ninguna', 'en absoluto',
      'bajo ningún concepto', 'de ninguna manera', 'una y otra vez', 'una vez más', 'la única solución',
      'el único camino', 'la única salida', 'en ningún caso', 'sin excepción', 'de una vez por todas',
    ],
    rhetorical: [
      'no es casualidad', 'no es casual', 'no es de extrañar', 'no sorprende', 'no es solo',
      'no es sólo', 'no es simplemente', 'no es más que', 'nada más que', 'poco más que',
      'el mal llamado', 'la mal llamada', 'los mal llamados', 'las mal llamadas', 'seamos claros',
      'hablemos claro', 'digámoslo claro', 'cabe preguntarse', 'uno se pregunta', 'la pregunta es',
      'la realidad es que', 'lo cierto es que', 'la verdad es que', 'el tiempo dirá',
      'la historia juzgará', 'bajo el pretexto de', 'con la excusa de', 'en el mejor de los casos',
      'por no decir', 'dicho de otro modo', 'ni más ni menos', 'ahí está la clave',
      'durante demasiado tiempo', 'hasta cuándo', 'qué clase de',
      // encuadres y giros argumentativos
      'demuestra que', 'demuestran que', 'dice mucho de', 'dice mucho sobre', 'dice poco de', 'lo dice todo',
      'habla por sí solo', 'habla por sí sola', 'basta con ver', 'basta ver', 'no hace falta ser', 'no hay que ser',
      'es lo que pasa cuando', 'lo que pasa cuando', 'lo que ocurre cuando', 'cabe recordar', 'el verdadero problema',
      'el problema de fondo', 'la verdadera pregunta', 'la cuestión es', 'por mucho que', 'por más que', 'no es lo mismo',
      'no es normal', 'el colmo', 'ni un solo', 'ni una sola', 'ni uno solo',
    ],
  },
  attributionVerbs: [
    'criticó', 'critica', 'criticaron', 'calificó', 'califica', 'calificaron', 'tildó', 'tachó',
    'condenó', 'condena', 'condenaron', 'lamentó', 'lamenta', 'lamentaron', 'acusó', 'acusa',
    'acusaron', 'exigió', 'exigieron', 'pidió', 'pide', 'piden', 'pidieron', 'reclamó', 'reclama',
    'reclamaron', 'alertó', 'alertaron', 'subrayó', 'destacó', 'destaca', 'defendió', 'defiende',
    'defendieron', 'opinó', 'considera', 'consideró', 'consideran', 'consideraron', 'cree', 'creen',
    'creía', 'advirtieron', 'insiste', 'insisten', 'insistieron', 'sostienen', 'valoró', 'valora',
    'celebró', 'celebra', 'elogió', 'aplaudió', 'denuncian', 'recordó', 'admitió', 'reconocen',
    'respondió', 'replicó', 'escribió', 'concluyó', 'concluye', 'pronosticó', 'prevé', 'auguró',
    'amenazó', 'prometieron', 'propuso', 'propone', 'recomendó', 'recomienda', 'sugirió',
  ],
  firstPerson: ['yo', 'nosotros', 'nosotras'],
  notSubjects: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'lo', 'su', 'sus', 'mi', 'mis', 'nuestro',
    'nuestra', 'este', 'esta', 'estos', 'estas', 'de', 'del', 'para', 'por', 'en', 'con', 'sin', 'a',
    'al', 'se', 'que', 'debe', 'deben', 'debería', 'puede', 'pueden', 'no', 'me', 'nos', 'le', 'les',
  ],
  genericSubjects: ['nadie', 'quien', 'quienes', 'todos', 'todo', 'cualquiera', 'uno'],
  skippable: ['ha', 'han', 'había', 'habían', 'también', 'luego', 'ya', 'ayer', 'hoy', 'además'],
  clauseBreaks: ['pero', 'aunque', 'mientras', 'sino'],
  functionWords: [
    'el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'es', 'por', 'para', 'con', 'una', 'se',
    'lo', 'al', 'más', 'pero', 'su', 'sus', 'como', 'está', 'ha', 'han', 'fue', 'según', 'muy',
  ],
  lightCues: [
    // primera persona del plural: narra tanto como opina ("nuestro equipo llegó…")
    'nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nos',
  ],
  boilerplate: [
    'gracias por leer', 'suscríbete', 'suscríbase', 'suscribirte', 'date de alta', 'hazte socio', 'hazte socia',
    'apoya nuestro periodismo', 'apoya el periodismo', 'comparte este artículo', 'comparte esta noticia', 'recibe cada',
  ],
  quotedSources: [
    'tribunal', 'juez', 'jueza', 'sentencia', 'fallo', 'informe', 'auto', 'resolución', 'estudio', 'encuesta', 'comunicado',
    'carta', 'denuncia', 'demanda', 'documento', 'decreto', 'contrato', 'lema', 'eslogan', 'término', 'expresión',
    'calificó', 'denominó', 'bautizó', 'portavoz',
  ],
};

/** Patrones de opinión más allá de las palabras: juicios, veredictos sobre acciones, correcciones (formato: subjectivity-patterns.ts). */
export const SUBJECTIVITY_PATTERNS_ES: PatternSet = {
  lists: {
    copulas: [
      'es', 'son', 'era', 'eran', 'fue', 'fueron', 'sería', 'serían', 'será', 'parece', 'parecen', 'pareció', 'resulta', 'resultan',
      'resultó', 'sigue siendo', 'se antoja',
    ],
    degree: [
      'un', 'una', 'muy', 'tan', 'demasiado', 'poco', 'más', 'menos', 'bastante', 'no', 'nada', 'del todo', 'francamente',
      'simplemente', 'claramente', 'ciertamente', 'realmente', 'también', 'todavía', 'aún', 'solo', 'sólo', 'ya', 'tanto', 'igual de',
      'harto', 'sencillamente', 'perfectamente', 'absolutamente', 'totalmente', 'bien',
    ],
    judgements: [
      'justo', 'justa', 'razonable', 'razonables', 'lógico', 'lógica', 'comprensible', 'comprensibles', 'incomprensible', 'extraño',
      'extraña', 'curioso', 'curiosa', 'bienvenido', 'bienvenida', 'bienvenidos', 'tardío', 'tardía',
      'oportuno', 'oportuna', 'inoportuno', 'inoportuna', 'exagerado', 'exagerada', 'desproporcionado', 'desproporcionada',
      'aceptable', 'coherente', 'incoherente', 'insuficiente', 'innecesario', 'innecesaria', 'valiente', 'honesto', 'honesta',
      'error', 'fracaso', 'engaño', 'trampa', 'broma', 'espejismo', 'lastre', 'paso atrás', 'insulto', 'desastre', 'lujo',
      'necesidad', 'síntoma', 'oportunidad perdida', 'ocasión perdida',
    ],
    /** What a verdict on an action says next (a noun phrase, a negation, an infinitive), not a schedule or a cost. */
    verdicts: ['un', 'una', 'el', 'la', 'lo', 'no', 'nada', 'como', 'más', 'menos', 'tan', 'muy', 'puro', 'pura'],
    judgedBy: ['es', 'son', 'sería', 'fue', 'supone', 'significa', 'equivale a', 'implica'],
    judgedByVerb: [
      'demuestra', 'revela', 'retrata', 'no sirve', 'no resuelve', 'no soluciona', 'no basta', 'no equivale', 'no garantiza',
      'no arregla', 'no es', 'no será', 'no puede',
    ],
    /** Capitalised words ending like an infinitive that open news sentences ("Ayer…", "Javier…"). */
    notInfinitives: [
      'ayer', 'lugar', 'hogar', 'mujer', 'poder', 'taller', 'militar', 'pilar', 'javier', 'oliver', 'aguilar', 'escobar', 'baltasar',
      'familiar', 'titular', 'particular', 'popular', 'nuclear', 'similar', 'regular', 'escolar', 'celular', 'solar', 'alquiler',
      'placer', 'cáncer', 'líder', 'amanecer', 'atardecer', 'alfiler', 'esther', 'ester',
    ],
    no: ['no'],
    infinitiveEndings: ['ar', 'er', 'ir', 'arlo', 'arla', 'arlos', 'arlas', 'erlo', 'erla', 'irlo', 'irla', 'arse', 'erse', 'irse'],
    fixVerbs: [
      'combate', 'combaten', 'resuelve', 'resuelven', 'arregla', 'arreglan', 'soluciona', 'solucionan', 'gana', 'ganan', 'mide', 'miden',
      'construye', 'trata', 'consigue',
    ],
    determiners: ['un', 'una', 'el', 'la', 'los', 'las', 'lo', 'solo', 'sólo', 'solamente', 'culpa', 'cuestión', 'problema'],
    nadie: ['nadie'],
    frameCopulas: ['es', 'era', 'sería', 'resulta', 'parece'],
    tryTo: [
      'defender', 'justificar', 'negar', 'creer', 'pretender', 'explicar', 'entender', 'dudar', 'sostener', 'afirmar en serio',
      'discutir',
    ],
    imperatives: [
      'pensemos', 'imaginemos', 'recordemos', 'fijémonos', 'miremos', 'no nos engañemos', 'no olvidemos', 'piénsese', 'imagínese',
      'recuérdese',
    ],
    remedies: ['resolverá', 'solucionará', 'arreglará', 'curará', 'sirve de nada', 'servirá de nada', 'basta con', 'bastará con'],
    frames: [
      'fácil', 'tentador', 'justo', 'llamativo', 'curioso', 'chocante', 'absurdo', 'triste', 'difícil no', 'imposible no',
      'significativo', 'revelador', 'inquietante', 'sorprendente', 'lamentable', 'de justicia', 'de sentido común',
    ],
  },
  patterns: [
    { kind: 'evaluative', name: 'un juicio atribuido a algo', at: 'copulas', source: '({copulas})\\s+(?:(?:{degree})\\s+){0,3}({judgements})\\b' },
    {
      kind: 'evaluative', name: 'una acción como sujeto de un veredicto ("Cerrar la central sin alternativa es condenarla…")', at: 'start',
      source: `${SENTENCE_START}(?!(?:{notInfinitives})\\b)(\\p{Lu}\\p{Ll}{2,}(?:{infinitiveEndings}))\\s+(?=[\\p{Ll}\\p{N}¿])` // el infinitivo
        + '[^.;:!?,]{0,120}?\\s' // el resto del sujeto, dentro de la cláusula
        + '(?:({judgedBy})\\s+(?=(?:{verdicts})\\b|\\p{Ll}+(?:ar|er|ir)(?:la|lo|las|los|le|les|se)?\\b)|({judgedByVerb})\\b)',
    },
    {
      kind: 'rhetorical', name: 'una corrección ("no es un accidente aislado, sino…")', at: 'no',
      source: '(no)\\s+(?:(?:es|son|era|eran|fue|fueron)\\s+(?:{determiners})\\b|se\\s+(?:{fixVerbs}))\\b[^.;:!?]{1,80}?\\b(sino)\\b',
    },
    { kind: 'rhetorical', name: 'nadie puede negar', at: 'nadie', source: '(nadie\\s+(?:puede|podrá|podría|debería|en su sano juicio)\\s+(?:{tryTo}))\\b' },
    { kind: 'rhetorical', name: 'un imperativo dirigido al lector', at: 'start', source: `${SENTENCE_START}({imperatives})\\b` },
    { kind: 'evaluative', name: 'un remedio que no funcionará', at: 'no', source: '(no\\s+(?:{remedies}))\\b' },
    {
      kind: 'evaluative', name: 'es fácil…', at: 'frameCopulas',
      source: '((?:{frameCopulas})\\s+(?:(?:{degree})\\s+){0,2}(?:{frames}))\\s+(?:que|de|ver|pensar|creer|decir|entender|recordar|culpar|olvidar|concluir)\\b',
    },
  ],
  ruleContexts: [
    'según la normativa', 'según la nueva normativa', 'según la ley', 'según la nueva ley', 'según el reglamento', 'según el decreto',
    'con la nueva ley', 'con la nueva normativa', 'por ley', 'la ley obliga', 'la normativa obliga', 'el reglamento obliga',
    'están obligados a',
    'está obligado a', 'están obligadas a', 'está obligada a', 'bajo pena de', 'so pena de', 'o serán multados', 'o serán sancionados',
    'la norma establece', 'la ley establece', 'el decreto establece', 'en virtud de',
  ],
};
