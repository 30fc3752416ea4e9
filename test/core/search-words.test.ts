/**
 * src/core/search-words.ts: question words dropped in four languages, first-person queries, and light stems
 * that make real word forms meet (and keep different words apart).
 */
import { expect } from '@open-wc/testing';
import { queryWords, stemsMeet, stemsOf } from '../../src/core/search-words.js';

const meet = (a: string, b: string) => stemsOf(a).some((x) => stemsOf(b).some((y) => stemsMeet(x, y)));

describe('search words', () => {
  it('drops the words of a question, in nl, fr, de and en', () => {
    expect(queryWords('wat moet ik doen als mijn naaktfoto online staat').content).to.deep.equal(['naaktfoto', 'online']);
    expect(queryWords('que faire si quelqu’un me fait chanter').content).to.deep.equal(['chanter']);
    expect(queryWords('was tun wenn jemand mich erpresst').content).to.deep.equal(['erpresst']);
    expect(queryWords('what should I do if someone shared my nudes').content).to.deep.equal(['shared', 'nudes']);
    expect(queryWords('parce que mon ex me harcèle, c’est grave ?').content).to.deep.equal(['ex', 'harcele', 'grave']);
    expect(queryWords('ik wil het omdat hij steeds iets stuurt').content).to.deep.equal(['stuurt']);
  });

  it('searches the stop words themselves when a query holds nothing else', () => {
    expect(queryWords('wat wat').content).to.deep.equal(['wat']);
  });

  it('knows a query in the first person', () => {
    expect(queryWords('mijn foto staat online').firstPerson).to.equal(true);
    expect(queryWords('je suis harcelée').firstPerson).to.equal(true);
    expect(queryWords('meine Bilder im Netz').firstPerson).to.equal(true);
    expect(queryWords('sexting lesmateriaal secundair').firstPerson).to.equal(false);
  });

  it('makes forms of one word meet', () => {
    const pairs: [string, string][] = [
      ['chanteert', 'chantage'], // nl verb, fr noun
      ['chanter', 'chantage'],
      ['gedeeld', 'delen'],
      ['gepest', 'pesten'],
      ['verspreiding', 'verspreiden'],
      ['harcele', 'harcelement'],
      ['harceler', 'harcelement'],
      ['menaces', 'menace'],
      ['erpresst', 'erpressung'],
      ['belastigt', 'belastigung'],
      ['bilder', 'bild'],
      ['shared', 'sharing'],
      ['blackmailed', 'blackmail'],
      ['nudes', 'nude'],
    ];
    for (const [a, b] of pairs) expect(meet(a, b), `${a} ~ ${b}`).to.equal(true);
  });

  it('keeps different words apart', () => {
    const pairs: [string, string][] = [
      ['kinderen', 'kinderlokker'],
      ['online', 'onlinegeweld'],
      ['geweld', 'gedeeld'],
      ['sexting', 'sexisme'],
    ];
    for (const [a, b] of pairs) expect(meet(a, b), `${a} ≁ ${b}`).to.equal(false);
  });
});
