import { expect } from '@open-wc/testing';
import { clampLevel } from '../../src/core/heading-level.js';

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
