/** Id lists from attributes (src/core/parse-ids.ts), as the finder's presets and the banner's attributes read them. */
import { expect } from '@open-wc/testing';
import { parseIds } from '../../src/core/parse-ids.js';

describe('parseIds', () => {
  it('parses comma-separated ids, trimming, dropping blanks and repeats', () => {
    expect(parseIds(' a, b ,,a,c ')).to.deep.equal(['a', 'b', 'c']);
    expect(parseIds(undefined)).to.deep.equal([]);
    expect(parseIds(['x', ' y '])).to.deep.equal(['x', 'y']);
  });

  it('gives no ids for what is not a string or a list', () => {
    expect(parseIds(null)).to.deep.equal([]);
    expect(parseIds(42)).to.deep.equal([]);
    expect(parseIds('')).to.deep.equal([]);
    expect(parseIds(' , ')).to.deep.equal([]);
  });
});
