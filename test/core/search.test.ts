/**
 * src/core/search.ts on the bundled register: typos, accents, cross-language topic words, people,
 * ranking, filters and facet counts, the index cache, title ranges, and the everyday queries.
 */
import { expect } from '@open-wc/testing';
import { bundledRegister } from '../../src/core/register.js';
import { foldText } from '../../src/core/normalize-text.js';
import { FACETS, buildIndex, indexFor, query, type SearchFilters } from '../../src/core/search.js';
import type { Register } from '../../src/core/register-types.js';
import { EVERYDAY_QUERIES } from '../resource-finder/everyday-queries.js';

const register: Register = bundledRegister().register;
const ids = (text: string, filters: SearchFilters = {}) => query(register, text, filters).hits.map((h) => h.entry.id);
const top = (text: string, n = 5) => ids(text).slice(0, n);
const entry = (id: string) => register.entries.find((e) => e.id === id)!;

describe('foldText', () => {
  it('drops accents and case but keeps the length', () => {
    for (const text of ['Cyberharcèlement', 'L’extimité : s’exposer', 'Sofélia', 'ÉCOLE', 'Straße', 'Hé, het is oké!']) {
      expect(foldText(text).length).to.equal(text.length);
    }
    expect(foldText('Cyberharcèlement')).to.equal('cyberharcelement');
    expect(foldText('L’extimité')).to.equal("l'extimite");
  });
});

describe('search: finding', () => {
  it('has 94 entries to search in the bundled register', () => {
    expect(register.entries.length).to.be.greaterThan(80);
  });

  it('tolerates typos', () => {
    expect(top('sextnig')).to.include('punt-sexting');
    expect(top('wraakprono')).to.include('punt-wraakporno-zoektermen');
    expect(top('grooomer')).to.include('child-focus-ok-groomer');
    // One slip in a long word: still plainly that word, inside a compound too.
    expect(top('harcèlemnt sexiste')).to.include('sofelia-guide-pratique-harcelement-sexiste-en-ligne');
    expect(top('cyberharcelemnt', 3)).to.include('collard-cyberharcelement-harcelement-2-0');
  });

  it('ignores missing accents and case', () => {
    expect(top('cyberharcelement', 3)).to.include('collard-cyberharcelement-harcelement-2-0');
    expect(top('COOPERER AUTOUR DES ECRANS', 1)).to.deep.equal(['minotte-cooperer-autour-des-ecrans']);
    expect(top('sofelia')).to.include('sofelia');
  });

  it('finds resources in another language through the topic vocabulary', () => {
    // Dutch word for the topic → a French article; German → French teaching material; English → French video.
    expect(ids('wraakporno')).to.include('bendib-revenge-porn');
    expect(entry('bendib-revenge-porn').languages).to.deep.equal(['fr']);
    expect(top('Cybermobbing Schule')).to.include('child-focus-de-mots-a-mots');
    expect(top('sexual extortion')).to.include('child-focus-sextorsion');
    expect(top('pédopiégeage')).to.include('child-focus-ok-groomer');
  });

  it('finds by publisher and by author', () => {
    expect(top('Femmes de droit', 1)).to.deep.equal(['bendib-revenge-porn']);
    expect(top('Bendib', 1)).to.deep.equal(['bendib-revenge-porn']);
    expect(top('gozian', 1)).to.deep.equal(['gozian-harcelement-virtuel']);
    expect(top('Myriam Leroy', 1)).to.deep.equal(['salepute']);
    const sensoa = ids('sensoa');
    expect(sensoa.length).to.be.greaterThan(10);
    expect(sensoa).to.include('sensoa-grenswijs');
  });

  it('ranks exact and prefix title matches above fuzzy matches elsewhere', () => {
    expect(top('Revenge porn', 2).sort()).to.deep.equal(['bendib-revenge-porn', 'igvm-handleiding-revenge-porn']);
    expect(top('sexting', 1)).to.deep.equal(['punt-sexting']);
    expect(top('child focus', 1)).to.deep.equal(['child-focus']);
    expect(top('Wat Wat', 2).sort()).to.deep.equal(['wat-wat', 'wat-wat-platform']);
    // A title that starts with the typed prefix comes before entries that only carry the topic.
    const wraak = top('wraak', 2).sort();
    expect(wraak).to.deep.equal(['igvm-wraakporno-youtoo', 'punt-wraakporno-zoektermen']);
  });

  it('ranks entries that match more of the words higher, without dropping a strong match on one', () => {
    const both = ids('sexting school');
    expect(both[0]).to.equal('child-focus-sexting-at-school');
    for (const id of both.slice(0, 5)) expect(entry(id).topics.includes('sexting') || /sext/i.test(entry(id).title)).to.equal(true);
    // A word nothing matches does not empty the list.
    expect(ids('sexting zzzzqqq').slice(0, 3)).to.include('punt-sexting');
    // The entry titled with two of the words, and the one named by the query, are not lost to weak matches.
    expect(top('veilig online kinderen', 3)).to.include('veilig-online');
    expect(top('abus sexuels sur internet enfants')).to.include('minon-abus-sexuels-en-ligne-child-focus');
    expect(top('meine Nacktfotos sind im Netz')).to.include('stopncii');
  });

  it('weighs rare words above common ones, and puts help first when a person speaks of themselves', () => {
    // "online" is carried by most entries; "naaktfoto" by few: the results are about intimate images.
    for (const id of top('naaktfoto online')) {
      expect(entry(id).topics.some((t) => ['non-consensual-intimate-images', 'sexting'].includes(t)), id).to.equal(true);
    }
    const helpNow = ['helpline', 'organisation', 'platform', 'template', 'manual', 'guide', 'online-tool', 'toolbox'];
    const firstPerson = top('mijn naaktfoto staat online', 3).map((id) => entry(id).type);
    expect(firstPerson.every((type) => helpNow.includes(type)), firstPerson.join(', ')).to.equal(true);
  });

  it('finds other forms of a word and the parts of a compound', () => {
    expect(top('chanteert')).to.include('child-focus-sextorsion');
    expect(top('erpresst')).to.include('child-focus-sextorsion');
    expect(ids('Nacktbilder').length).to.be.greaterThan(0);
    expect(top('Nacktbilder')).to.include('stopncii');
    // A conjugated form finds the compound that ends in the word: "gepest" in "cyberpesten".
    expect(top('gepest', 3)).to.include('igvm-wraakporno-youtoo');
    expect(top('harcelée', 5).filter((id) => /cyberharc/i.test(entry(id).title)).length).to.be.greaterThan(0);
  });

  it('puts resources in the reader’s language first', () => {
    for (const [text, locale] of [['gepest', 'nl'], ['harcèlement', 'fr']] as const) {
      for (const hit of query(register, text, {}, locale).hits.slice(0, 5)) expect(hit.entry.languages, hit.entry.id).to.include(locale);
    }
  });

  it('weighs what happened above the platform it happened on', () => {
    expect(top('naaktfoto instagram')).to.include('stopncii');
    // Alone, a platform still finds what names it.
    expect(top('roblox', 1)).to.deep.equal(['child-focus-ok-groomer']);
  });

  it('does not let an unfinished short word outweigh the finished ones', () => {
    // "ex" as typed is a word; the titles it begins ("L’extimité") are only a guess.
    expect(query(register, 'gestalkt door mijn ex', {}, 'nl').hits[0].entry.topics).to.include('cyber-harassment');
  });

  it('gives title ranges that point at the matched words', () => {
    const hit = query(register, 'harcelement').hits.find((h) => h.entry.id === 'gozian-harcelement-virtuel')!;
    const [[start, end]] = hit.titleRanges;
    expect(hit.entry.title.slice(start, end)).to.equal('harcèlement');
  });

  it('returns the whole register in register order for an empty or blank query', () => {
    const all = register.entries.map((e) => e.id);
    expect(ids('')).to.deep.equal(all);
    expect(ids('   ,;  ')).to.deep.equal(all);
  });

  it('survives hostile and odd input', () => {
    for (const text of ['(', '[a-z]+', '\\', '<img src=x onerror=alert(1)>', 'x'.repeat(500), '🙂', 'a b c d e f g h i j k l m']) {
      expect(() => query(register, text)).not.to.throw();
    }
  });
});

describe('search: filters and facet counts', () => {
  it('filters by each facet', () => {
    const cases: [keyof SearchFilters, string, (id: string) => boolean][] = [
      ['sections', 'act', (id) => entry(id).section === 'act'],
      ['types', 'brochure', (id) => entry(id).type === 'brochure'],
      ['topics', 'sexting', (id) => entry(id).topics.includes('sexting')],
      ['audiences', 'teachers', (id) => (entry(id).audiences ?? []).includes('teachers')],
      ['languages', 'de', (id) => entry(id).languages.includes('de')],
      ['languages', 'fr', (id) => entry(id).languages.includes('fr')],
    ];
    for (const [facet, value, test] of cases) {
      const found = ids('', { [facet]: [value] });
      const expected = register.entries.filter((e) => test(e.id)).map((e) => e.id);
      expect(found, `${facet}=${value}`).to.deep.equal(expected);
    }
  });

  it('combines facets (AND) and options within a facet (OR)', () => {
    const found = ids('', { topics: ['sexting', 'grooming'], audiences: ['teachers'] });
    const expected = register.entries
      .filter((e) => (e.topics.includes('sexting') || e.topics.includes('grooming')) && (e.audiences ?? []).includes('teachers'))
      .map((e) => e.id);
    expect(found).to.deep.equal(expected);
    expect(found.length).to.be.greaterThan(0);
  });

  it('counts, for each option, the results it would give', () => {
    const filters: SearchFilters = { sections: ['raise-awareness'] };
    const outcome = query(register, 'sexting', filters);
    for (const facet of FACETS) {
      for (const [id, count] of outcome.facets[facet]) {
        const alone = { ...filters, [facet]: [id] };
        expect(query(register, 'sexting', alone).hits.length, `${facet}=${id}`).to.equal(count);
      }
    }
    // Every option the register knows is listed, even at zero.
    expect(outcome.facets.topics.size).to.equal(register.topics.length);
    expect([...outcome.facets.languages.keys()]).to.deep.equal(['en', 'nl', 'fr', 'de']);
  });
});

describe('search: index', () => {
  it('builds the index once per Register object', () => {
    expect(indexFor(register)).to.equal(indexFor(register));
    expect(buildIndex(register)).not.to.equal(indexFor(register));
  });
});

/** A register of `size` entries shaped like the real ones: titles re-mixed from real title words (seeded). */
function synthetic(size: number): Register {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pool = register.entries.flatMap((e) => e.title.split(/\s+/)).filter((w) => w.length > 2);
  const entries = Array.from({ length: size }, (_, i) => {
    const base = register.entries[i % register.entries.length];
    const length = 3 + Math.floor(random() * 13);
    const title = Array.from({ length }, () => pool[Math.floor(random() * pool.length)]).join(' ');
    const publisher = register.entries[Math.floor(random() * register.entries.length)].publisher;
    return { ...base, id: `${base.id}-${i}`, title, publisher };
  });
  return { ...register, entries };
}

describe('search: everyday queries', () => {
  it('finds every expected resource, one of them in the top five, and most in the top five', () => {
    const failures: string[] = [];
    let inFive = 0;
    for (const { query: text, language, expected } of EVERYDAY_QUERIES) {
      const found = query(register, text, {}, language).hits.map((h) => h.entry.id);
      const five = found.slice(0, 5);
      inFive += expected.filter((id) => five.includes(id)).length;
      const missing = expected.filter((id) => !found.includes(id));
      if (missing.length) failures.push(`"${text}": ${missing.join(', ')} not found`);
      if (!expected.some((id) => five.includes(id))) failures.push(`"${text}": none expected in the top five (${five.join(', ')})`);
    }
    const total = EVERYDAY_QUERIES.reduce((n, q) => n + q.expected.length, 0);
    console.log(`[everyday queries] ${inFive}/${total} expected resources in the top five`);
    expect(EVERYDAY_QUERIES.length).to.equal(10);
    expect(new Set(EVERYDAY_QUERIES.map((q) => q.language))).to.deep.equal(new Set(['en', 'nl', 'fr', 'de']));
    expect(failures).to.deep.equal([]);
    expect(inFive, 'expected resources in the top five').to.be.at.least(18);
  });

  it('logs search timings (measured, not asserted)', function () {
    this.timeout(60000);
    const keystrokes = EVERYDAY_QUERIES.flatMap(({ query: q }) => Array.from({ length: q.length }, (_, k) => q.slice(0, k + 1)));
    const browser = navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium';
    for (const size of [register.entries.length, 1000, 10000]) {
      const reg = size === register.entries.length ? register : synthetic(size);
      const t0 = performance.now();
      buildIndex(reg);
      const build = performance.now() - t0;
      const ix = indexFor(reg);
      const times: number[] = [];
      let total = 0;
      for (let round = 0; round < 3; round++) {
        ix.wordMemo.clear();
        ix.textMemo.clear();
        const start = performance.now();
        for (const text of keystrokes) {
          const t = performance.now();
          query(reg, text).hits.slice(0, 20).forEach((h) => h.titleRanges);
          if (round > 0) times.push(performance.now() - t);
        }
        if (round > 0) total += performance.now() - start;
      }
      times.sort((a, b) => a - b);
      const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))].toFixed(2);
      console.log(
        `[search timing] ${browser}, ${size} entries, ${times.length} keystrokes: mean ${(total / times.length).toFixed(3)} ms, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times.at(-1)!.toFixed(2)} ms; index build ${build.toFixed(1)} ms`,
      );
      expect(times.length).to.be.greaterThan(100);
    }
  });
});
