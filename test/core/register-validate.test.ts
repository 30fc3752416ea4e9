import { expect } from '@open-wc/testing';
import bundledJson from '../../register/register.json';
import { validateRegister } from '../../src/core/register-validate.js';

/** The bundled register with the Institute's phone channel changed by `change`. */
function withInstitutePhone(change: (channel: Record<string, unknown>) => void) {
  const copy = JSON.parse(JSON.stringify(bundledJson));
  const phone = copy.helplines.find((h: { id: string }) => h.id === 'igvm').channels.find((c: { type: string }) => c.type === 'phone');
  change(phone);
  return copy;
}

describe('phone numbers as people write them (channel.display)', () => {
  it('keeps a display form that is the same number', () => {
    const result = validateRegister(withInstitutePhone((c) => (c.display = '0800 12 800')));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const igvm = result.register.helplines.find((h) => h.id === 'igvm')!;
    expect(igvm.channels[0]).to.include({ value: '+3280012800', display: '0800 12 800' });
  });

  it('drops a channel whose display form is another number, and says why', () => {
    const result = validateRegister(withInstitutePhone((c) => (c.display = '0800 99 999')));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const igvm = result.register.helplines.find((h) => h.id === 'igvm')!;
    expect(igvm.channels.some((c) => c.type === 'phone')).to.equal(false);
    expect(result.problems.map((p) => `${p.id} ${p.field}`).join('\n')).to.contain('display');
  });
});

type Doc = typeof bundledJson;

/** A copy of the bundled register, changed by `change` (Object.assign lets it put values of the wrong type). */
function changed(change: (doc: Doc) => void): Doc {
  const copy = JSON.parse(JSON.stringify(bundledJson));
  change(copy);
  return copy;
}

describe('what the validator keeps and reports', () => {
  it('keeps the fields the widgets read, in a fixed order, and drops the others', () => {
    const result = validateRegister(
      changed((doc) => {
        Object.assign(doc.entries[0]!, { authors: ['A'], publisher: 'P', published: '2024', audiences: [doc.audiences[0]!.id] });
        Object.assign(doc.helplines[0]!.channels[0]!, { free: true, hours: [{ days: [1, 1], opens: '09:00', closes: '17:00' }] });
      }),
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const { register } = result;
    expect(Object.keys(register)).to.deep.equal([
      'version', 'updated', 'sections', 'groups', 'types', 'audiences', 'regions', 'topics', 'entries', 'helplines',
    ]);
    expect(Object.keys(register.entries[0]!)).to.deep.equal([
      'id', 'section', 'group', 'type', 'title', 'languages', 'topics', 'url', 'authors', 'publisher', 'published', 'audiences',
      'summary', 'keywords',
    ]);
    expect(Object.keys(register.helplines[0]!)).to.deep.equal([
      'id', 'name', 'names', 'description', 'channels', 'audiences', 'regions', 'topics', 'emergency',
    ]);
    expect(register.helplines[0]!.channels[0]!.hours).to.deep.equal([{ days: [1], opens: '09:00', closes: '17:00' }]);
    expect(Object.keys(register.groups[0]!)).to.deep.equal(['id', 'labels', 'section']);
    expect(Object.keys(register.topics[0]!)).to.deep.equal(['id', 'labels', 'synonyms']);
  });

  it('reports the first field that fails, in the order of the schema', () => {
    const result = validateRegister(
      changed((doc) => {
        Object.assign(doc.entries[0]!, { url: 'javascript:alert(1)', languages: ['xx'], title: '' });
        Object.assign(doc.entries[1]!, { url: 'javascript:alert(1)', languages: ['xx'] });
        Object.assign(doc.helplines[0]!, { regions: [], emergency: 'no' });
      }),
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.problems.map((p) => `${p.kind} ${p.id} ${p.field}: ${p.message}`)).to.deep.equal([
      `entry ${bundledJson.entries[0]!.id} title: entry skipped: must be a non-empty text`,
      `entry ${bundledJson.entries[1]!.id} url: entry skipped: not an absolute http: or https: URL`,
      `helpline ${bundledJson.helplines[0]!.id} regions: helpline skipped: must hold at least 1 item`,
    ]);
  });

  it('checks a section id against the known sections only after its labels', () => {
    const broken = (change: Partial<Doc['sections'][number]>, labels = {}) => {
      const result = validateRegister(
        changed((doc) => Object.assign(Object.assign(doc.sections[0]!, change).labels, labels)),
      );
      return result.ok ? 'ok' : `${result.problem.field}: ${result.problem.message}`;
    };
    expect(broken({ id: 'elsewhere' })).to.equal('sections[0].id: unknown section "elsewhere"');
    expect(broken({ id: 'elsewhere' }, { de: '' })).to.equal('sections[0].labels.de: must be a non-empty text');
  });

  it('reports the channels a kept helpline loses, and not those of a skipped one', () => {
    const result = validateRegister(
      changed((doc) => {
        (doc.helplines[0]!.channels as unknown[]).push({ type: 'fax', value: '123' });
        (doc.helplines[1]!.channels as unknown[]).push({ type: 'fax', value: '123' });
        Object.assign(doc.helplines[1]!, { emergency: undefined });
      }),
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const [first, second] = bundledJson.helplines;
    expect(result.problems).to.deep.equal([
      {
        id: first!.id,
        field: `channels[${first!.channels.length}].type`,
        message: 'channel dropped: unknown channel type "fax"',
        kind: 'channel',
      },
      { id: second!.id, field: 'emergency', message: 'helpline skipped: must be true or false', kind: 'helpline' },
    ]);
  });
});

describe('summaries and keywords', () => {
  const summary = { en: 'A study.', nl: 'Een studie.', fr: 'Une étude.', de: 'Eine Studie.' };

  it('keeps a well-formed summary and keywords, and not where the summary comes from', () => {
    const result = validateRegister(
      changed((doc) =>
        Object.assign(doc.entries[0]!, {
          summary: { ...summary, fr: 'é'.repeat(160) },
          summarySource: 'The seed',
          keywords: { nl: ['naaktfoto', 'naaktfoto'], de: ['Nacktbilder'] },
        }),
      ),
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.problems).to.deep.equal([]);
    const entry = result.register.entries[0]!;
    expect(entry.summary).to.deep.equal({ ...summary, fr: 'é'.repeat(160) });
    expect(entry.keywords).to.deep.equal({ nl: ['naaktfoto'], de: ['Nacktbilder'] });
    expect(Object.keys(entry)).not.to.include('summarySource');
  });

  it('skips an entry whose summary is too long or lacks a language', () => {
    const result = validateRegister(
      changed((doc) => {
        Object.assign(doc.entries[0]!, { summary: { ...summary, fr: 'é'.repeat(161) } });
        Object.assign(doc.entries[1]!, { summary: { en: summary.en, nl: summary.nl, fr: summary.fr } });
        Object.assign(doc.entries[2]!, { keywords: {} });
      }),
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.problems.map((p) => `${p.kind} ${p.id} ${p.field}: ${p.message}`)).to.deep.equal([
      `entry ${bundledJson.entries[0]!.id} summary.fr: entry skipped: must be at most 160 characters`,
      `entry ${bundledJson.entries[1]!.id} summary.de: entry skipped: must be a non-empty text`,
      `entry ${bundledJson.entries[2]!.id} keywords: entry skipped: must hold at least one language`,
    ]);
  });
});

describe('language versions (urls, names, channel values)', () => {
  const stopncii = (doc: Doc) => doc.entries.find((e) => e.id === 'stopncii')! as Record<string, unknown>;
  const igvm = (doc: Doc) => doc.helplines.find((h) => h.id === 'igvm')! as unknown as Record<string, unknown> & {
    channels: Record<string, unknown>[];
  };
  const problems = (doc: Doc) => {
    const result = validateRegister(doc);
    return result.ok ? result.problems.map((p) => `${p.kind} ${p.id} ${p.field}: ${p.message}`) : [result.problem.message];
  };

  it('keeps them, and not where they come from', () => {
    const result = validateRegister(bundledJson);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const entry = result.register.entries.find((e) => e.id === 'stopncii')!;
    expect(entry.urls).to.deep.equal({ nl: 'https://stopncii.org/?lang=nl-nl', fr: 'https://stopncii.org/?lang=fr-fr' });
    expect(Object.keys(entry)).not.to.include('urlsSource');
    const institute = result.register.helplines.find((h) => h.id === 'igvm')!;
    expect(institute.names!.fr).to.equal('Institut pour l’égalité des femmes et des hommes');
    expect(institute.channels.find((c) => c.type === 'web')!.values!.fr).to.equal('https://aide.igvm-iefh.belgium.be/fr');
  });

  it('puts every URL through the one http(s) rule', () => {
    expect(problems(changed((doc) => ((stopncii(doc).urls as Record<string, string>).fr = 'javascript:alert(1)')))).to.deep.equal([
      'entry stopncii urls.fr: entry skipped: not an absolute http: or https: URL',
    ]);
    expect(
      problems(changed((doc) => ((igvm(doc).channels[1]!.values as Record<string, string>).fr = 'https://exa mple.org/'))),
    ).to.deep.equal(['channel igvm channels[1].values.fr: channel dropped: not an absolute http: or https: URL']);
  });

  it('needs the plain value among them, so that a reader of its language finds it', () => {
    expect(problems(changed((doc) => (stopncii(doc).urls = { fr: 'https://stopncii.org/?lang=fr-fr' })))).to.deep.equal([
      'entry stopncii urls: entry skipped: must hold `url` itself, under its language',
    ]);
    expect(problems(changed((doc) => (igvm(doc).names = { fr: 'Institut' })))).to.deep.equal([
      'helpline igvm names: helpline skipped: must hold `name` itself, under its language',
    ]);
  });

  it('gives per-language values to chat and web channels only', () => {
    expect(problems(changed((doc) => (igvm(doc).channels[0]!.values = { fr: 'https://example.org/' })))).to.deep.equal([
      'channel igvm channels[0].values: channel dropped: is only for chat and web channels',
    ]);
    expect(problems(changed((doc) => (igvm(doc).channels[0]!.labels = { fr: 'Téléphone' })))).to.deep.equal([
      'channel igvm channels[0].labels: channel dropped: is only for chat and web channels',
    ]);
  });
});
