import { expect, fixture, html } from '@open-wc/testing';
import { clampLevel, heading } from '../../src/core/heading.js';
import { headingLevel, headingRole } from '../helpers/heading.js';

describe('clampLevel', () => {
  it('keeps 1–6, clamps the rest, truncates fractions and gives 2 for what is not a number', () => {
    expect([1, 2, 3, 4, 5, 6].map(clampLevel)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(clampLevel(0)).to.equal(1);
    expect(clampLevel(-3)).to.equal(1);
    expect(clampLevel(9)).to.equal(6);
    expect(clampLevel('3')).to.equal(3);
    expect(clampLevel(3.9)).to.equal(3);
    expect(clampLevel('x')).to.equal(2);
    expect(clampLevel(undefined)).to.equal(2);
    expect(clampLevel(Infinity)).to.equal(2);
  });
});

describe('heading', () => {
  it('renders a real heading element at the clamped level, with its class, part, id and lang', async () => {
    for (const [level, tag] of [[1, 'h1'], [2, 'h2'], [3, 'h3'], [4, 'h4'], [5, 'h5'], [6, 'h6'], [0, 'h1'], [9, 'h6'], [NaN, 'h2']] as const) {
      const el = await fixture(html`<div>${heading(level, 'Helplines', { className: 'title', part: 'title', id: 't', lang: 'nl' })}</div>`);
      const h = el.firstElementChild!;
      expect(h.localName).to.equal(tag);
      expect([headingRole(h), headingLevel(h)]).to.deep.equal(['heading', tag[1]]);
      expect([h.className, h.getAttribute('part'), h.id, h.getAttribute('lang'), h.textContent]).to.deep.equal(['title', 'title', 't', 'nl', 'Helplines']);
    }
  });

  it('leaves out the attributes it is not given', async () => {
    const el = await fixture(html`<div>${heading(3, 'Results')}</div>`);
    const h = el.firstElementChild!;
    expect(['part', 'id', 'lang'].map((name) => h.hasAttribute(name))).to.deep.equal([false, false, false]);
  });
});
