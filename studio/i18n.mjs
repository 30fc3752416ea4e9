// The studio's words in the keepers' four languages. Messages of the register check are worded here by
// their `code`: the schema's keywords and the publishing rules (register-rules.mjs), the cells
// (register-sheets.mjs, register-csv.mjs) and the widgets' own validator (`widgets.<code>`,
// src/core/register-validate.ts). A problem whose code the studio does not know keeps its English text.

export const LANGUAGES = { nl: 'Nederlands', fr: 'Français', en: 'English', de: 'Deutsch' };

const UI = {
  title: { en: 'Register studio', nl: 'Registerstudio', fr: 'Studio du registre', de: 'Register-Studio' },
  intro: {
    en: 'Open the register (register.json, the workbook or a CSV of entries), check it, edit it, preview it and save it. Everything stays on this computer.',
    nl: 'Open het register (register.json, de werkmap of een CSV met items), controleer, bewerk, bekijk en bewaar het. Alles blijft op deze computer.',
    fr: 'Ouvrez le registre (register.json, le classeur ou un CSV d’entrées), vérifiez-le, modifiez-le, prévisualisez-le et enregistrez-le. Tout reste sur cet ordinateur.',
    de: 'Öffnen Sie das Register (register.json, die Arbeitsmappe oder eine CSV-Datei mit Einträgen), prüfen, bearbeiten, betrachten und speichern Sie es. Alles bleibt auf diesem Computer.',
  },
  language: { en: 'Language of the studio', nl: 'Taal van de studio', fr: 'Langue du studio', de: 'Sprache des Studios' },
  open: { en: 'Open a file', nl: 'Een bestand openen', fr: 'Ouvrir un fichier', de: 'Datei öffnen' },
  opened: { en: 'Opened: {name}', nl: 'Geopend: {name}', fr: 'Ouvert : {name}', de: 'Geöffnet: {name}' },
  openedLocal: {
    en: 'Opened: {name}, a local register, checked with the vocabularies of the published register',
    nl: 'Geopend: {name}, een lokaal register, nagekeken met de vocabularia van het gepubliceerde register',
    fr: 'Ouvert : {name}, un registre local, vérifié avec les vocabulaires du registre publié',
    de: 'Geöffnet: {name}, ein lokales Register, geprüft mit den Vokabularen des veröffentlichten Registers',
  },
  cannotOpen: { en: '{name} cannot be opened: {error}', nl: '{name} kan niet geopend worden: {error}', fr: 'Impossible d’ouvrir {name} : {error}', de: '{name} kann nicht geöffnet werden: {error}' },
  saveJson: { en: 'Save register.json', nl: 'register.json bewaren', fr: 'Enregistrer register.json', de: 'register.json speichern' },
  saveXlsx: { en: 'Save the workbook', nl: 'De werkmap bewaren', fr: 'Enregistrer le classeur', de: 'Arbeitsmappe speichern' },
  saveBlocked: { en: 'Fix the problems before saving register.json.', nl: 'Los de problemen op voor je register.json bewaart.', fr: 'Corrigez les problèmes avant d’enregistrer register.json.', de: 'Beheben Sie die Probleme, bevor Sie register.json speichern.' },
  saved: { en: 'Saved {name}, version {version} of {updated}.', nl: '{name} bewaard, versie {version} van {updated}.', fr: '{name} enregistré, version {version} du {updated}.', de: '{name} gespeichert, Version {version} vom {updated}.' },
  problems: { en: 'Problems', nl: 'Problemen', fr: 'Problèmes', de: 'Probleme' },
  noProblems: { en: 'No problems: the widgets accept this register.', nl: 'Geen problemen: de widgets aanvaarden dit register.', fr: 'Aucun problème : les widgets acceptent ce registre.', de: 'Keine Probleme: Die Widgets akzeptieren dieses Register.' },
  problemCount: { en: '{n} problem(s)', nl: '{n} probleem/problemen', fr: '{n} problème(s)', de: '{n} Problem(e)' },
  row: { en: 'row {row}', nl: 'rij {row}', fr: 'ligne {row}', de: 'Zeile {row}' },
  edit: { en: 'Edit', nl: 'Bewerken', fr: 'Modifier', de: 'Bearbeiten' },
  item: { en: 'Entry or helpline', nl: 'Item of hulplijn', fr: 'Entrée ou ligne d’aide', de: 'Eintrag oder Hilfetelefon' },
  entries: { en: 'Entries', nl: 'Items', fr: 'Entrées', de: 'Einträge' },
  helplines: { en: 'Helplines', nl: 'Hulplijnen', fr: 'Lignes d’aide', de: 'Hilfetelefone' },
  addEntry: { en: 'Add an entry', nl: 'Item toevoegen', fr: 'Ajouter une entrée', de: 'Eintrag hinzufügen' },
  addHelpline: { en: 'Add a helpline', nl: 'Hulplijn toevoegen', fr: 'Ajouter une ligne d’aide', de: 'Hilfetelefon hinzufügen' },
  remove: { en: 'Remove this one', nl: 'Dit verwijderen', fr: 'Supprimer celle-ci', de: 'Dieses entfernen' },
  channel: { en: 'Channel {n}', nl: 'Kanaal {n}', fr: 'Canal {n}', de: 'Kanal {n}' },
  addChannel: { en: 'Add a channel', nl: 'Kanaal toevoegen', fr: 'Ajouter un canal', de: 'Kanal hinzufügen' },
  removeChannel: { en: 'Remove channel {n}', nl: 'Kanaal {n} verwijderen', fr: 'Supprimer le canal {n}', de: 'Kanal {n} entfernen' },
  listHint: { en: 'Several values: separate them with ;', nl: 'Meerdere waarden: scheid ze met ;', fr: 'Plusieurs valeurs : séparez-les par ;', de: 'Mehrere Werte: mit ; trennen' },
  preview: { en: 'Preview', nl: 'Voorbeeld', fr: 'Aperçu', de: 'Vorschau' },
  previewLanguage: { en: 'Language of the widgets', nl: 'Taal van de widgets', fr: 'Langue des widgets', de: 'Sprache der Widgets' },
  width: { en: 'Width', nl: 'Breedte', fr: 'Largeur', de: 'Breite' },
  phone: { en: 'Phone (360 px)', nl: 'Telefoon (360 px)', fr: 'Téléphone (360 px)', de: 'Telefon (360 px)' },
  desktop: { en: 'Desktop (1024 px)', nl: 'Computer (1024 px)', fr: 'Ordinateur (1024 px)', de: 'Computer (1024 px)' },
  quickExitInactive: { en: 'The quick exit does not leave the studio in this preview.', nl: 'De snelle uitweg verlaat de studio niet in dit voorbeeld.', fr: 'La sortie rapide ne quitte pas le studio dans cet aperçu.', de: 'Der Schnellausstieg verlässt das Studio in dieser Vorschau nicht.' },
  changes: { en: 'Changes', nl: 'Wijzigingen', fr: 'Modifications', de: 'Änderungen' },
  changesAgainst: { en: 'Against {name}, version {version}', nl: 'Tegenover {name}, versie {version}', fr: 'Par rapport à {name}, version {version}', de: 'Gegenüber {name}, Version {version}' },
  noChanges: { en: 'No changes.', nl: 'Geen wijzigingen.', fr: 'Aucune modification.', de: 'Keine Änderungen.' },
  added: { en: 'Added', nl: 'Toegevoegd', fr: 'Ajouté', de: 'Hinzugefügt' },
  removed: { en: 'Removed', nl: 'Verwijderd', fr: 'Supprimé', de: 'Entfernt' },
  changed: { en: 'Changed', nl: 'Gewijzigd', fr: 'Modifié', de: 'Geändert' },
  empty: { en: '(empty)', nl: '(leeg)', fr: '(vide)', de: '(leer)' },
  otherPart: { en: '{part} changed', nl: '{part} gewijzigd', fr: '{part} modifié', de: '{part} geändert' },
};

const MESSAGES = {
  required: { en: 'missing (required)', nl: 'ontbreekt (verplicht)', fr: 'manquant (obligatoire)', de: 'fehlt (Pflichtfeld)' },
  additionalProperties: { en: 'unknown field (not allowed)', nl: 'onbekend veld (niet toegestaan)', fr: 'champ inconnu (non autorisé)', de: 'unbekanntes Feld (nicht erlaubt)' },
  enum: { en: 'unknown value "{value}"; allowed: {allowed}', nl: 'onbekende waarde "{value}"; toegestaan: {allowed}', fr: 'valeur inconnue « {value} » ; valeurs admises : {allowed}', de: 'unbekannter Wert „{value}“; erlaubt: {allowed}' },
  pattern: { en: '"{value}" is not allowed here', nl: '"{value}" is hier niet toegestaan', fr: '« {value} » n’est pas admis ici', de: '„{value}“ ist hier nicht erlaubt' },
  maxLength: { en: 'too long: at most {limit} characters', nl: 'te lang: hoogstens {limit} tekens', fr: 'trop long : {limit} caractères au plus', de: 'zu lang: höchstens {limit} Zeichen' },
  minItems: { en: 'needs at least {limit} value(s)', nl: 'heeft minstens {limit} waarde(n) nodig', fr: 'il faut au moins {limit} valeur(s)', de: 'braucht mindestens {limit} Wert(e)' },
  uniqueItems: { en: 'a value is repeated', nl: 'een waarde komt twee keer voor', fr: 'une valeur est répétée', de: 'ein Wert kommt doppelt vor' },
  sameUrl: { en: 'same URL as entry {value}', nl: 'zelfde URL als item {value}', fr: 'même URL que l’entrée {value}', de: 'gleiche URL wie Eintrag {value}' },
  unusedTopic: { en: 'topic used by no entry or helpline', nl: 'thema dat geen enkel item of hulplijn gebruikt', fr: 'thème utilisé par aucune entrée ni ligne d’aide', de: 'Thema, das kein Eintrag und kein Hilfetelefon verwendet' },
  undefinedSection: { en: 'section "{value}" is not defined', nl: 'sectie "{value}" is niet gedefinieerd', fr: 'la section « {value} » n’est pas définie', de: 'Abschnitt „{value}“ ist nicht definiert' },
  notBoolean: { en: '"{value}" is not true or false', nl: '"{value}" is niet true of false', fr: '« {value} » n’est ni true ni false', de: '„{value}“ ist weder true noch false' },
  notHours: { en: '"{value}" are not opening hours', nl: '"{value}" zijn geen openingsuren', fr: '« {value} » ne sont pas des heures d’ouverture', de: '„{value}“ sind keine Öffnungszeiten' },
  unknownHelpline: { en: '"{value}" is not a helpline', nl: '"{value}" is geen hulplijn', fr: '« {value} » n’est pas une ligne d’aide', de: '„{value}“ ist kein Hilfetelefon' },
  missingSheet: { en: 'missing sheet', nl: 'werkblad ontbreekt', fr: 'feuille manquante', de: 'Tabellenblatt fehlt' },
  unknownSheet: { en: 'unknown sheet', nl: 'onbekend werkblad', fr: 'feuille inconnue', de: 'unbekanntes Tabellenblatt' },
  missingColumns: { en: 'missing column(s): {value}', nl: 'ontbrekende kolom(men): {value}', fr: 'colonne(s) manquante(s) : {value}', de: 'fehlende Spalte(n): {value}' },
  unknownColumns: { en: 'unknown column(s): {value}', nl: 'onbekende kolom(men): {value}', fr: 'colonne(s) inconnue(s) : {value}', de: 'unbekannte Spalte(n): {value}' },
  unknownField: { en: 'unknown field "{value}"', nl: 'onbekend veld "{value}"', fr: 'champ inconnu « {value} »', de: 'unbekanntes Feld „{value}“' },
  type: { en: 'must be a {type}', nl: 'moet een {type} zijn', fr: 'doit être de type {type}', de: 'muss vom Typ {type} sein' },
  const: { en: 'must be {limit}', nl: 'moet {limit} zijn', fr: 'doit être {limit}', de: 'muss {limit} sein' },
  maxItems: { en: 'too many values: at most {limit}', nl: 'te veel waarden: hoogstens {limit}', fr: 'trop de valeurs : {limit} au plus', de: 'zu viele Werte: höchstens {limit}' },
  minimum: { en: 'must be at least {limit}', nl: 'moet minstens {limit} zijn', fr: 'doit valoir au moins {limit}', de: 'muss mindestens {limit} sein' },
  maximum: { en: 'must be at most {limit}', nl: 'mag hoogstens {limit} zijn', fr: 'doit valoir au plus {limit}', de: 'darf höchstens {limit} sein' },
  minProperties: { en: 'needs at least {limit} language(s)', nl: 'heeft minstens {limit} taal/talen nodig', fr: 'il faut au moins {limit} langue(s)', de: 'braucht mindestens {limit} Sprache(n)' },
  cellCount: { en: '{value} cells, the header has {limit}', nl: '{value} cellen, de kopregel heeft er {limit}', fr: '{value} cellules, l’en-tête en a {limit}', de: '{value} Zellen, die Kopfzeile hat {limit}' },
};
MESSAGES.format = MESSAGES.pattern;
MESSAGES.minLength = MESSAGES.pattern;

/**
 * The widgets' own rules (src/core/register-validate.ts), by the code each fault carries, `widgets.` before
 * it (register-rules.mjs). The validator keeps only its English message: the translations are here, so the
 * widgets' bundle does not carry them.
 */
const WIDGETS = {
  object: { en: 'must be a group of fields', nl: 'moet een groep velden zijn', fr: 'doit être un groupe de champs', de: 'muss eine Gruppe von Feldern sein' },
  list: { en: 'must be a list', nl: 'moet een lijst zijn', fr: 'doit être une liste', de: 'muss eine Liste sein' },
  nonEmpty: { en: 'needs at least one value', nl: 'heeft minstens één waarde nodig', fr: 'il faut au moins une valeur', de: 'braucht mindestens einen Wert' },
  maxItems: MESSAGES.maxItems,
  boolean: { en: 'must be true or false', nl: 'moet true of false zijn', fr: 'doit être true ou false', de: 'muss true oder false sein' },
  text: { en: 'must not be empty', nl: 'mag niet leeg zijn', fr: 'ne doit pas être vide', de: 'darf nicht leer sein' },
  slug: { en: '"{value}" is not an id', nl: '"{value}" is geen id', fr: '« {value} » n’est pas un identifiant', de: '„{value}“ ist keine ID' },
  version: { en: '"{value}" is not a version number', nl: '"{value}" is geen versienummer', fr: '« {value} » n’est pas un numéro de version', de: '„{value}“ ist keine Versionsnummer' },
  updated: { en: '"{value}" is not a date', nl: '"{value}" is geen datum', fr: '« {value} » n’est pas une date', de: '„{value}“ ist kein Datum' },
  published: { en: '"{value}" is not a date, a month or a year', nl: '"{value}" is geen datum, maand of jaar', fr: '« {value} » n’est ni une date, ni un mois, ni une année', de: '„{value}“ ist weder Datum noch Monat noch Jahr' },
  time: { en: '"{value}" is not a time HH:MM', nl: '"{value}" is geen tijdstip UU:MM', fr: '« {value} » n’est pas une heure HH:MM', de: '„{value}“ ist keine Uhrzeit HH:MM' },
  weekday: { en: 'must be a weekday from 1 (Monday) to 7 (Sunday)', nl: 'moet een weekdag van 1 (maandag) tot 7 (zondag) zijn', fr: 'doit être un jour de 1 (lundi) à 7 (dimanche)', de: 'muss ein Wochentag von 1 (Montag) bis 7 (Sonntag) sein' },
  maxLength: MESSAGES.maxLength,
  oneOf: { en: 'unknown value "{value}"', nl: 'onbekende waarde "{value}"', fr: 'valeur inconnue « {value} »', de: 'unbekannter Wert „{value}“' },
  undefinedId: { en: '"{value}" is not defined in {vocabulary}', nl: '"{value}" is niet gedefinieerd in {vocabulary}', fr: '« {value} » n’est pas défini dans {vocabulary}', de: '„{value}“ ist in {vocabulary} nicht definiert' },
  someLocales: { en: 'needs at least one language', nl: 'heeft minstens één taal nodig', fr: 'il faut au moins une langue', de: 'braucht mindestens eine Sprache' },
  duplicateId: { en: 'the id "{value}" is used twice', nl: 'de id "{value}" komt twee keer voor', fr: 'l’identifiant « {value} » est utilisé deux fois', de: 'die ID „{value}“ kommt doppelt vor' },
  missing: MESSAGES.required,
  url: { en: '"{value}" is not a web link', nl: '"{value}" is geen weblink', fr: '« {value} » n’est pas un lien web', de: '„{value}“ ist kein Weblink' },
  channel: { en: '"{value}" cannot be offered as a link', nl: '"{value}" kan niet als link aangeboden worden', fr: '« {value} » ne peut pas être proposé comme lien', de: '„{value}“ kann nicht als Link angeboten werden' },
  display: { en: '"{value}" is not a phone number as people write it', nl: '"{value}" is geen telefoonnummer zoals men het schrijft', fr: '« {value} » n’est pas un numéro tel qu’on l’écrit', de: '„{value}“ ist keine Telefonnummer, wie man sie schreibt' },
  displayType: { en: 'only for phone and sms channels', nl: 'alleen voor telefoon- en sms-kanalen', fr: 'uniquement pour les canaux téléphone et sms', de: 'nur für Telefon- und SMS-Kanäle' },
  displayNumber: { en: '"{value}" is not the number {number}', nl: '"{value}" is niet het nummer {number}', fr: '« {value} » n’est pas le numéro {number}', de: '„{value}“ ist nicht die Nummer {number}' },
  groupSection: {
    en: 'group "{value}" belongs to section "{section}", not "{not}"',
    nl: 'groep "{value}" hoort bij sectie "{section}", niet bij "{not}"',
    fr: 'le groupe « {value} » appartient à la section « {section} », pas à « {not} »',
    de: 'Gruppe „{value}“ gehört zu Abschnitt „{section}“, nicht zu „{not}“',
  },
  plainValue: { en: 'must also hold the plain address, under its own language', nl: 'moet ook het gewone adres bevatten, onder de eigen taal', fr: 'doit aussi contenir l’adresse ordinaire, sous sa propre langue', de: 'muss auch die einfache Adresse enthalten, unter ihrer eigenen Sprache' },
  webOnly: { en: 'only for chat and web channels', nl: 'alleen voor chat- en webkanalen', fr: 'uniquement pour les canaux chat et web', de: 'nur für Chat- und Webkanäle' },
  noChannel: { en: 'no channel that can be offered as a link', nl: 'geen kanaal dat als link aangeboden kan worden', fr: 'aucun canal ne peut être proposé comme lien', de: 'kein Kanal, der als Link angeboten werden kann' },
};
for (const [code, words] of Object.entries(WIDGETS)) MESSAGES[`widgets.${code}`] = words;

/** What would be right, for the widgets' rules that have a hint (a channel's by its type). */
const WIDGET_HINTS = { slug: 'slug', version: 'version', updated: 'updated', published: 'published', url: 'httpUrl', display: 'display', displayNumber: 'display' };
const channelHint = (type) => (type === 'phone' || type === 'sms' ? 'phone' : type === 'email' ? 'email' : 'httpsUrl');

const HINTS = {
  httpUrl: { en: 'only http and https links, e.g. https://example.org/page', nl: 'alleen http- en https-links, bv. https://example.org/pagina', fr: 'uniquement des liens http et https, p. ex. https://example.org/page', de: 'nur http- und https-Links, z. B. https://example.org/seite' },
  httpsUrl: { en: 'an https link, e.g. https://example.org', nl: 'een https-link, bv. https://example.org', fr: 'un lien https, p. ex. https://example.org', de: 'ein https-Link, z. B. https://example.org' },
  slug: { en: 'lowercase letters, digits and hyphens, e.g. my-tool-2024', nl: 'kleine letters, cijfers en koppeltekens, bv. mijn-tool-2024', fr: 'minuscules, chiffres et traits d’union, p. ex. mon-outil-2024', de: 'Kleinbuchstaben, Ziffern und Bindestriche, z. B. mein-tool-2024' },
  text: { en: 'a text that is not empty', nl: 'een tekst die niet leeg is', fr: 'un texte non vide', de: 'ein nicht leerer Text' },
  summaryText: { en: 'one sentence of at most 160 characters', nl: 'één zin van hoogstens 160 tekens', fr: 'une phrase de 160 caractères au plus', de: 'ein Satz mit höchstens 160 Zeichen' },
  keyword: { en: 'a word of at most 40 characters, without ;', nl: 'een woord van hoogstens 40 tekens, zonder ;', fr: 'un mot de 40 caractères au plus, sans ;', de: 'ein Wort mit höchstens 40 Zeichen, ohne ;' },
  published: { en: 'YYYY-MM-DD, YYYY-MM or YYYY', nl: 'JJJJ-MM-DD, JJJJ-MM of JJJJ', fr: 'AAAA-MM-JJ, AAAA-MM ou AAAA', de: 'JJJJ-MM-TT, JJJJ-MM oder JJJJ' },
  version: { en: 'three numbers, e.g. 1.4.0', nl: 'drie getallen, bv. 1.4.0', fr: 'trois nombres, p. ex. 1.4.0', de: 'drei Zahlen, z. B. 1.4.0' },
  updated: { en: 'a date YYYY-MM-DD', nl: 'een datum JJJJ-MM-DD', fr: 'une date AAAA-MM-JJ', de: 'ein Datum JJJJ-MM-TT' },
  phone: { en: 'digits as dialled, a leading + allowed, e.g. +3280012800', nl: 'cijfers zoals gekozen, + vooraan mag, bv. +3280012800', fr: 'chiffres tels que composés, + initial permis, p. ex. +3280012800', de: 'Ziffern wie gewählt, + am Anfang erlaubt, z. B. +3280012800' },
  display: { en: 'the same number as people write it, e.g. 0800 12 800', nl: 'hetzelfde nummer zoals men het schrijft, bv. 0800 12 800', fr: 'le même numéro tel qu’on l’écrit, p. ex. 0800 12 800', de: 'dieselbe Nummer, wie man sie schreibt, z. B. 0800 12 800' },
  email: { en: 'an e-mail address, e.g. info@example.org', nl: 'een e-mailadres, bv. info@example.org', fr: 'une adresse e-mail, p. ex. info@example.org', de: 'eine E-Mail-Adresse, z. B. info@example.org' },
  notBoolean: { en: 'true, false or empty', nl: 'true, false of leeg', fr: 'true, false ou vide', de: 'true, false oder leer' },
  notHours: { en: 'e.g. 1,2,3,4,5 09:00-17:00 (1 is Monday)', nl: 'bv. 1,2,3,4,5 09:00-17:00 (1 is maandag)', fr: 'p. ex. 1,2,3,4,5 09:00-17:00 (1 = lundi)', de: 'z. B. 1,2,3,4,5 09:00-17:00 (1 = Montag)' },
};
const EXPECTED = { en: 'expected: ', nl: 'verwacht: ', fr: 'attendu : ', de: 'erwartet: ' };

const fill = (text, values = {}) => text.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ''));

/** A studio text in `lang`, with `{name}` places filled. */
export const t = (lang, key, values) => fill(UI[key][lang] ?? UI[key].en, values);

/**
 * A problem's message in `lang`: by its code when the studio knows it, with what would be right
 * (`hintKey`, a key of HINTS in register-rules.mjs, or the cell problem's code); else the English message.
 */
export function problemText(lang, problem, hintKey) {
  const template = MESSAGES[problem.code];
  const data = problem.data ?? {};
  let text = template ? fill(template[lang], { ...data, allowed: (data.allowed ?? []).join(', ') }) : problem.message;
  const widgetCode = problem.code?.startsWith('widgets.') ? problem.code.slice(8) : undefined;
  const widgetHint = widgetCode === 'channel' ? channelHint(data.type) : WIDGET_HINTS[widgetCode];
  const hint = HINTS[hintKey] ?? HINTS[widgetHint] ?? HINTS[problem.code];
  if (hint) text += ` (${EXPECTED[lang]}${hint[lang]})`;
  else if (problem.hint) text += ` (${EXPECTED[lang]}${problem.hint})`;
  return text;
}
