/**
 * The counting rules of src/quick-exit/shortcut.ts with an injected clock: the 5 s and 1 s windows at
 * their edges, without waiting. (The element tests drive the same rules with real keys.)
 */
import { expect } from '@open-wc/testing';
import { EscapeCounter, ShiftCounter, type Clock, type KeyInput, type ShortcutSignal } from '../../src/quick-exit/shortcut.js';

class FakeClock implements Clock {
  time = 0;
  timers = new Map<number, { at: number; fn: () => void }>();
  #next = 1;
  now() {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number) {
    const id = this.#next++;
    this.timers.set(id, { at: this.time + ms, fn });
    return id;
  }
  clearTimeout(id: unknown) {
    this.timers.delete(id as number);
  }
  advance(ms: number) {
    this.time += ms;
    for (const [id, timer] of [...this.timers]) {
      if (timer.at <= this.time) {
        this.timers.delete(id);
        timer.fn();
      }
    }
  }
}

const down = (key: string, extra: Partial<KeyInput> = {}): KeyInput => ({ type: 'keydown', key, code: key, ...extra });
const up = (key: string, extra: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyup', key, code: key, ...extra });
const shiftPress = (code = 'ShiftLeft', extra: Partial<KeyInput> = {}) => [
  down('Shift', { code, ...extra }),
  up('Shift', { code, ...extra }),
];

function setup() {
  const clock = new FakeClock();
  const signals: ShortcutSignal[] = [];
  const shift = new ShiftCounter((s) => signals.push(s), clock);
  const press = (...events: KeyInput[]) => events.forEach((e) => shift.handle(e));
  return { clock, signals, shift, press };
}

describe('ShiftCounter', () => {
  it('triggers on the third press, each within 5 s of the previous', () => {
    const { clock, signals, press } = setup();
    press(...shiftPress());
    clock.advance(4900);
    press(...shiftPress('ShiftRight'));
    clock.advance(4900);
    press(...shiftPress());
    expect(signals).to.deep.equal([
      { kind: 'progress', count: 1, remaining: 2 },
      { kind: 'progress', count: 2, remaining: 1 },
      { kind: 'trigger' },
    ]);
  });

  it('expires 5 s after the last press and says so once', () => {
    const { clock, signals, press, shift } = setup();
    press(...shiftPress(), ...shiftPress());
    clock.advance(5000);
    expect(signals.at(-1)).to.deep.equal({ kind: 'reset', reason: 'expired' });
    expect(shift.count).to.equal(0);
    clock.advance(20000);
    expect(signals.filter((s) => s.kind === 'reset').length).to.equal(1);
    press(...shiftPress());
    expect(signals.at(-1)).to.deep.equal({ kind: 'progress', count: 1, remaining: 2 });
  });

  it('ignores Shift as a modifier, with Ctrl/Alt/Meta, and during composition (keyCode 229 too)', () => {
    const { signals, press } = setup();
    press(down('Shift', { code: 'ShiftLeft' }), down('A'), up('A'), up('Shift', { code: 'ShiftLeft' }));
    press(...shiftPress('ShiftLeft', { ctrlKey: true }));
    press(...shiftPress('ShiftLeft', { metaKey: true }));
    press(...shiftPress('ShiftLeft', { isComposing: true }));
    press(...shiftPress('ShiftLeft', { keyCode: 229 }));
    expect(signals).to.deep.equal([]);
  });

  it('resets on any other key, with a signal only when there was a count', () => {
    const { signals, press } = setup();
    press(down('x'));
    expect(signals).to.deep.equal([]);
    press(...shiftPress(), down('Control'));
    expect(signals.at(-1)).to.deep.equal({ kind: 'reset', reason: 'other-key' });
    press(...shiftPress(), ...shiftPress());
    expect(signals.filter((s) => s.kind === 'trigger')).to.deep.equal([]);
  });

  it('does not count a keyup it never saw go down, nor auto-repeat', () => {
    const { signals, press } = setup();
    press(up('Shift', { code: 'ShiftLeft' }));
    press(down('Shift', { code: 'ShiftLeft' }), down('Shift', { code: 'ShiftLeft', repeat: true }));
    press(up('Shift', { code: 'ShiftLeft' }));
    expect(signals).to.deep.equal([{ kind: 'progress', count: 1, remaining: 2 }]);
  });

  it('counts both Shift keys held together once, and survives a lost keyup', () => {
    const { signals, press } = setup();
    press(down('Shift', { code: 'ShiftLeft' }), down('Shift', { code: 'ShiftRight', repeat: true }));
    press(up('Shift', { code: 'ShiftRight' })); // the ShiftLeft keyup never comes
    press(...shiftPress('ShiftLeft'));
    expect(signals).to.deep.equal([
      { kind: 'progress', count: 1, remaining: 2 },
      { kind: 'progress', count: 2, remaining: 1 },
    ]);
  });

  it('forgets a held Shift when the window loses focus', () => {
    const { signals, press, shift } = setup();
    press(down('Shift', { code: 'ShiftLeft' }));
    shift.releaseAll();
    press(up('Shift', { code: 'ShiftLeft' }));
    expect(signals).to.deep.equal([]);
  });
});

describe('EscapeCounter', () => {
  it('triggers on two Escapes within 1 s, not further apart, not with another key between', () => {
    const clock = new FakeClock();
    const signals: ShortcutSignal[] = [];
    const esc = new EscapeCounter((s) => signals.push(s), clock);
    esc.handle(down('Escape'));
    clock.advance(1100);
    esc.handle(down('Escape'));
    clock.advance(300);
    esc.handle(down('Tab'));
    esc.handle(down('Escape'));
    esc.handle(down('Escape', { isComposing: true })); // does not count, and resets
    esc.handle(down('Escape', { ctrlKey: true }));
    expect(signals).to.deep.equal([]);
    esc.handle(down('Escape'));
    esc.handle(down('Escape', { repeat: true })); // holding Escape is one press
    expect(signals).to.deep.equal([]);
    clock.advance(900);
    esc.handle(down('Escape'));
    expect(signals).to.deep.equal([{ kind: 'trigger' }]);
  });
});
