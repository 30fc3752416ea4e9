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
