// Calendar words in the six languages read (en, es, fr, de, it, pt): a number next to one of these is a date, not a figure.

/** English month names count only when capitalised ("May 5" but not "as many as 30 may"); abbreviations included. */
export const MONTH_NAMES_EN: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec',
];

/**
 * Month names of the other languages, which count in any case ("18 octobre", "19. Januar", "3 de março"), with their
 * abbreviations ("19 genn.", "3 okt."), except those that are also common words ("set", "out", "ago", "mag", "gen").
 */
export const MONTH_NAMES_OTHER: readonly string[] = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
  'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'abr', 'dic',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
  'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'déc',
  'januar', 'jänner', 'februar', 'märz', 'april', 'juni', 'juli', 'oktober', 'dezember', 'jän', 'mär', 'okt', 'dez',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'genn', 'febbr', 'giu', 'lug', 'sett', 'ott',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro', 'fev',
];

export const WEEKDAY_NAMES: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
];

/** Words between two days of one date ("9 to 11 August", "2 and 3 August", "16 or 17 August", "del 3 al 5 de mayo"). */
export const DAY_LINK_WORDS: readonly string[] = [
  'to', 'and', 'or', 'through', 'until', 'till', '-', '–', '—', '&', '/',
  'a', 'al', 'y', 'o', 'e', 'ou', 'et', 'au', 'und', 'oder', 'bis', 'ed',
];

/** Words and signs before a year in a copyright line ("© 2025 …", "Copyright 2025 …"). */
export const COPYRIGHT_WORDS: readonly string[] = ['©', 'copyright', '(c)', 'ⓒ'];
