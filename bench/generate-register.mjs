#!/usr/bin/env node
/**
 * Seeded synthetic registers for the benchmark: N entries shaped like the real ones (titles of 3–15 words in
 * nl/fr/de/en with their accents, publishers, authors, dates, 1–3 topics from the real vocabulary whose words
 * appear in the title as they do in the seed register). Same seed and size → byte-identical output.
 *
 * The vocabularies (sections, groups, types, audiences, regions, topics with synonyms) and the helplines are
 * taken from register/register.json when it exists, so a synthetic register is a valid register that the real
 * loader accepts; the real entries come first, then synthetic ones up to `size`.
 *
 * Usage: node bench/generate-register.mjs <size> [seed] [out.json]
 *   e.g. node bench/generate-register.mjs 10000 42 bench/.tmp/register-10000.json
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_SEED = 20260703;

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words that fill titles around the topic words, per language (the seed register's register). */
const FILLER = {
  nl: {
    lead: ['Gids', 'Handleiding', 'Brochure', 'Onderzoek naar', 'Dossier', 'Lespakket', 'Vormingsaanbod', 'Campagne', 'Toolkit', 'Affiche', 'Webinar', 'Studie over'],
    words: ['online', 'digitaal', 'jongeren', 'ouders', 'leerkrachten', 'slachtoffers', 'hulpverleners', 'geweld', 'gendergerelateerd', 'seksueel', 'grensoverschrijdend', 'gedrag', 'beelden', 'intieme', 'sociale', 'media', 'school', 'preventie', 'aanpak', 'rechten', 'veiligheid', 'één', 'geïnformeerd', 'ideeën', 'financiële', 'privé', 'coördinatie', 'Vlaanderen', 'Brussel', 'België', 'tieners', 'meisjes', 'jongens', 'relaties', 'respect', 'grenzen', 'weerbaarheid', 'draaiboek', 'reageren', 'melden'],
    glue: ['en', 'voor', 'over', 'bij', 'in', 'van', 'de', 'het', 'met', 'tegen', 'op'],
  },
  fr: {
    lead: ['Guide', 'Brochure', 'Étude sur', 'Analyse de', 'Dossier', 'Outil pédagogique', 'Campagne', 'Affiche', 'Webinaire', 'Fiche', 'Kit', 'Formation'],
    words: ['en', 'ligne', 'numérique', 'jeunes', 'parents', 'enseignants', 'élèves', 'victimes', 'professionnels', 'violences', 'sexuelles', 'sexistes', 'genre', 'images', 'intimes', 'réseaux', 'sociaux', 'école', 'prévention', 'sécurité', 'droits', 'égalité', 'être', 'à', 'où', 'extimité', 'écrans', 'adolescents', 'filles', 'garçons', 'relations', 'respect', 'limites', 'réagir', 'signaler', 'Bruxelles', 'Wallonie', 'Belgique', 'témoins', 'accompagnement'],
    glue: ['et', 'pour', 'sur', 'dans', 'de', 'la', 'les', 'des', 'du', 'avec', 'contre', 'aux'],
  },
  de: {
    lead: ['Leitfaden', 'Broschüre', 'Studie zu', 'Analyse der', 'Dossier', 'Unterrichtsmaterial', 'Kampagne', 'Plakat', 'Webinar', 'Ratgeber', 'Handbuch', 'Fortbildung'],
    words: ['online', 'digitale', 'Jugendliche', 'Eltern', 'Lehrkräfte', 'Schüler', 'Betroffene', 'Fachkräfte', 'Gewalt', 'sexualisierte', 'geschlechtsspezifische', 'Bilder', 'intime', 'soziale', 'Medien', 'Schule', 'Prävention', 'Sicherheit', 'Rechte', 'Gleichstellung', 'Mädchen', 'Jungen', 'Übergriffe', 'Öffentlichkeit', 'Straße', 'Beziehungen', 'Respekt', 'Grenzen', 'reagieren', 'melden', 'Ostbelgien', 'Belgien', 'Zeugen', 'Begleitung', 'Beratung'],
    glue: ['und', 'für', 'über', 'in', 'von', 'der', 'die', 'das', 'mit', 'gegen', 'im'],
  },
  en: {
    lead: ['Guide', 'Handbook', 'Report on', 'Study of', 'Toolkit', 'Brochure', 'Campaign', 'Poster', 'Webinar', 'Factsheet', 'Training', 'Resource pack'],
    words: ['online', 'digital', 'young', 'people', 'parents', 'teachers', 'pupils', 'victims', 'survivors', 'professionals', 'violence', 'gender-based', 'sexual', 'images', 'intimate', 'social', 'media', 'school', 'prevention', 'safety', 'rights', 'equality', 'girls', 'boys', 'relationships', 'respect', 'boundaries', 'respond', 'report', 'Belgium', 'Europe', 'bystanders', 'support', 'café', 'naïve', 'rôle'],
    glue: ['and', 'for', 'on', 'in', 'of', 'the', 'with', 'against', 'to', 'a'],
  },
};

const SURNAMES = ['Bendib', 'Bonvoisin', 'de Theux', 'Collard', 'Gozian', 'Minon', 'Minotte', 'Van den Broeck', 'Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Dupont', 'Müller', 'Schröder', 'Lejeune', 'Claes', 'Wouters', 'Goossens', 'Mertens', 'Renard', 'Lefèvre', 'Höfer', 'Çelik', 'El Amrani', 'Ngoy', 'Nowak', 'Vermeulen', 'Delvaux'];
const PUBLISHERS = ['Média Animation asbl', 'Yapaka', 'Child Focus', 'Sensoa', 'Instituut voor de gelijkheid van vrouwen en mannen', 'Institut pour l’égalité des femmes et des hommes', 'Femmes de droit', 'Vie Féminine', 'Garance asbl', 'Amnesty International Belgique', 'Mediawijs', 'Gezinsbond', 'Jeugdwerknet', 'Plan International België', 'Université de Liège', 'Universiteit Gent', 'KU Leuven', 'ULB', 'UCLouvain', 'Vrije Universiteit Brussel', 'Kaleido Ostbelgien', 'Jugendbüro der DG', 'Rat der Deutschsprachigen Jugend', 'Fédération Wallonie-Bruxelles', 'Vlaamse overheid', 'equal.brussels', 'O’YES', 'Zijn vzw', 'Wat Wat', 'Fédération Laïque de Centres de Planning Familial', 'Rosa vzw', 'Sofélia', 'Caw Oost-Vlaanderen', 'Çavaria'];
const PLACES = ['Brussel', 'Bruxelles', 'Namur', 'Namen', 'Liège', 'Gent', 'Antwerpen', 'Leuven', 'Eupen', 'Mons', 'Charleroi', 'Brugge'];

/** The vocabulary used when register/register.json is not there yet (ids from the schema's enums). */
function fallbackBase() {
  const labels = (id) => ({ en: id, nl: id, fr: id, de: id });
  const syn = {
    'non-consensual-intimate-images': { en: ['revenge porn', 'intimate images shared without consent', 'nudes leaked'], nl: ['wraakporno', 'naaktfoto verspreid', 'intieme beelden'], fr: ['revenge porn', 'images intimes diffusées', 'pornodivulgation'], de: ['Rachepornos', 'intime Bilder verbreitet', 'Nacktbilder'] },
    sextortion: { en: ['sextortion', 'blackmail'], nl: ['sextortion', 'seksuele afpersing', 'chantage'], fr: ['sextorsion', 'chantage sexuel'], de: ['Sextortion', 'sexuelle Erpressung'] },
    'cyber-harassment': { en: ['cyberbullying', 'online harassment'], nl: ['cyberpesten', 'online intimidatie'], fr: ['cyberharcèlement', 'harcèlement en ligne'], de: ['Cybermobbing', 'Belästigung im Netz'] },
    sexting: { en: ['sexting'], nl: ['sexting'], fr: ['sexting', 'sextos'], de: ['Sexting'] },
    deepfakes: { en: ['deepfakes'], nl: ['deepfakes'], fr: ['hypertrucage', 'deepfakes'], de: ['Deepfakes'] },
    grooming: { en: ['grooming'], nl: ['grooming'], fr: ['pédopiégeage', 'grooming'], de: ['Cybergrooming'] },
    'sexist-hate-speech': { en: ['sexist hate speech', 'misogyny'], nl: ['seksistische haatspraak', 'seksisme'], fr: ['discours de haine sexiste', 'sexisme'], de: ['sexistische Hassrede', 'Frauenhass'] },
    'consent-boundaries': { en: ['consent'], nl: ['toestemming', 'grenzen'], fr: ['consentement'], de: ['Einwilligung', 'Grenzen'] },
    'online-safety': { en: ['online safety'], nl: ['online veiligheid'], fr: ['sécurité en ligne'], de: ['Sicherheit im Netz'] },
    'school-policy': { en: ['school policy'], nl: ['schoolbeleid'], fr: ['politique scolaire'], de: ['Schulpolitik'] },
    'sexual-violence': { en: ['sexual violence'], nl: ['seksueel geweld'], fr: ['violences sexuelles'], de: ['sexualisierte Gewalt'] },
    'gender-based-violence': { en: ['gender-based violence'], nl: ['gendergerelateerd geweld'], fr: ['violences de genre'], de: ['geschlechtsspezifische Gewalt'] },
    'media-literacy': { en: ['media literacy'], nl: ['mediawijsheid'], fr: ['éducation aux médias'], de: ['Medienkompetenz'] },
    'relationships-sexuality': { en: ['relationships and sexuality'], nl: ['relaties en seksualiteit'], fr: ['vie affective et sexuelle'], de: ['Beziehungen und Sexualität'] },
    'support-for-victims': { en: ['help for victims'], nl: ['hulp voor slachtoffers'], fr: ['aide aux victimes'], de: ['Hilfe für Betroffene'] },
    'legal-rights': { en: ['the law', 'file a complaint'], nl: ['wetgeving', 'klacht indienen'], fr: ['loi', 'porter plainte'], de: ['Gesetz', 'Anzeige erstatten'] },
  };
  const topics = Object.entries(syn).map(([id, synonyms]) => ({ id, labels: { en: synonyms.en[0], nl: synonyms.nl[0], fr: synonyms.fr[0], de: synonyms.de[0] }, synonyms }));
  const sections = ['inform', 'raise-awareness', 'act'].map((id) => ({ id, labels: labels(id) }));
  return {
    version: '0.0.1',
    updated: '2026-01-01',
    publisher: 'benchmark stand-in',
    license: 'CC-BY-4.0',
    sections,
    groups: sections.map((s) => ({ id: `${s.id}-other`, section: s.id, labels: labels(`${s.id} other`) })),
    types: ['article', 'study', 'brochure', 'guide', 'campaign', 'training', 'platform', 'video'].map((id) => ({ id, labels: labels(id) })),
    audiences: ['youth', 'parents', 'teachers', 'professionals', 'victims', 'general-public'].map((id) => ({ id, labels: labels(id) })),
    regions: ['belgium', 'flanders', 'wallonia', 'brussels', 'german-speaking-community'].map((id) => ({ id, labels: labels(id) })),
    topics,
    entries: [],
    helplines: [],
  };
}

/** The real register (register/register.json), or a stand-in with the schema's vocabulary. */
export function loadBase(path = join(ROOT, 'register', 'register.json')) {
  if (existsSync(path)) return { base: JSON.parse(readFileSync(path, 'utf8')), real: true };
  return { base: fallbackBase(), real: false };
}

const slugify = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');

/**
 * A register of exactly `size` entries (the base register's own entries first, then synthetic ones),
 * with the base's vocabularies and helplines. Deterministic for a given (base, size, seed).
 */
export function generateRegister(size, seed = DEFAULT_SEED, base = loadBase().base) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const real = (base.entries ?? []).slice(0, size);
  const publishers = [...new Set([...PUBLISHERS, ...real.map((e) => e.publisher).filter(Boolean)])].sort();
  const langs = ['nl', 'fr', 'de', 'en'];
  const langWeights = [0.4, 0.4, 0.08, 0.12];
  const pickLang = () => {
    let r = random();
    for (let i = 0; i < langs.length; i++) if ((r -= langWeights[i]) < 0) return langs[i];
    return 'en';
  };
  const ids = new Set(real.map((e) => e.id));
  const urls = new Set(real.map((e) => e.url));
  const entries = [...real];
  for (let n = entries.length; n < size; n++) {
    const lang = pickLang();
    const filler = FILLER[lang];
    const topicCount = int(1, 3);
    const topics = [];
    while (topics.length < topicCount) {
      const t = pick(base.topics).id;
      if (!topics.includes(t)) topics.push(t);
    }
    // Title: 3–15 words: a lead, the first topic's word(s) in the entry's language, fillers and glue.
    const target = int(3, 15);
    const topicWords = pick(base.topics.find((t) => t.id === topics[0]).synonyms[lang]).split(/\s+/);
    const words = random() < 0.6 ? pick(filler.lead).split(' ') : [];
    words.push(...topicWords);
    while (words.length < target) {
      words.push(random() < 0.3 ? pick(filler.glue) : pick(filler.words));
      if (random() < 0.08 && topics[1]) {
        const second = base.topics.find((t) => t.id === topics[1]).synonyms[lang];
        words.push(...pick(second).split(/\s+/));
      }
    }
    let title = words.slice(0, Math.max(3, target)).join(' ');
    title = title[0].toUpperCase() + title.slice(1);
    if (random() < 0.15) title += ` (${int(2010, 2025)})`;
    let id = `syn-${slugify(title)}`;
    while (ids.has(id) || id.length < 5) id = `${id}-${n}`;
    ids.add(id);
    const group = pick(base.groups);
    const entry = {
      id,
      section: group.section,
      group: group.id,
      type: pick(base.types).id,
      title,
    };
    if (random() < 0.5) entry.authors = Array.from({ length: int(1, 3) }, () => pick(SURNAMES).toUpperCase());
    if (random() < 0.9) entry.publisher = pick(publishers);
    if (random() < 0.3) entry.place = pick(PLACES);
    if (random() < 0.85) {
      const year = int(2010, 2025);
      const r = random();
      entry.published = r < 0.4 ? `${year}` : r < 0.7 ? `${year}-${String(int(1, 12)).padStart(2, '0')}` : `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    }
    entry.languages = random() < 0.1 ? [...new Set([lang, pick(langs)])] : [lang];
    entry.topics = topics;
    if (base.audiences?.length && random() < 0.7) {
      const audiences = [...new Set(Array.from({ length: int(1, 2) }, () => pick(base.audiences).id))];
      entry.audiences = audiences;
    }
    let url = `https://resources.example.org/${lang}/${id}`;
    while (urls.has(url)) url += '-';
    urls.add(url);
    entry.url = url;
    entries.push(entry);
  }
  return {
    ...base,
    version: base.version ?? '0.0.1',
    publisher: `${base.publisher} (synthetic benchmark register: ${size} entries, seed ${seed})`,
    entries,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? DEFAULT_SEED);
  const out = process.argv[4];
  if (!Number.isInteger(size) || size < 1) {
    console.error('Usage: node bench/generate-register.mjs <size> [seed] [out.json]');
    process.exit(1);
  }
  const json = `${JSON.stringify(generateRegister(size, seed), null, 2)}\n`;
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
}
