import { expect } from '@open-wc/testing';
import { defineOnce, OgvElement } from '../../src/core/ogv-element.js';

describe('defineOnce', () => {
  it('defines a new element and ignores a second definition of the same name', () => {
    class First extends OgvElement {}
    class Second extends OgvElement {}
    defineOnce('ogv-define-probe', First);
    expect(() => defineOnce('ogv-define-probe', Second)).not.to.throw();
    expect(customElements.get('ogv-define-probe')).to.equal(First);
  });
});
