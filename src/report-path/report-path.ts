/**
 * <ogv-report-path>: what to do in the first hours when an intimate image or a deepfake is online.
 *
 * A short, calm, numbered path a person can follow on a phone right now: not your fault, keep evidence,
 * report on the platform, ask the Institute (a DSA trusted flagger) to report it, StopNCII, a complaint if
 * they want to, someone to talk to. Each step is one sentence with its action links; a native disclosure
 * holds a few more words; a checkbox ticks it off for this visit only (kept in memory, never stored).
 * Every name, number and address comes from the register (steps.ts names which items); the words of the
 * steps name their sources in steps.ts. Print gives a checklist with the details written out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import '../helpline-banner/index.js';
import { clampLevel, heading } from '../core/heading.js';
import { OgvElement } from '../core/ogv-element.js';
import { RegisterController } from '../core/register-controller.js';
import { registerNotice } from '../core/register-notice.js';
import { channelValue, entryUrl, helplineName, pageLinkLabel, websiteLabel } from '../core/register-language.js';
import type { Register } from '../core/register-types.js';
import { safeWebUrl, telUrl } from '../core/safe-url.js';
import { styles } from './report-path.styles.js';
import { parseSteps, type Step, type StepLink } from './steps.js';

/** A link made ready to render. */
interface ResolvedLink {
  /** `phone` or `web`: what the link does. */
  kind: 'phone' | 'web';
  /** The register value (number or URL) for the reader's language. */
  value: string;
  href: string | undefined;
  /** What the link shows and its accessible name: "Call 0800 12 800", or whose website it is ("Website: StopNCII"). */
  text: string;
  /** The register says the channel is free of charge. */
  free?: boolean;
}

/**
 * A short path of steps to take when an intimate image or a deepfake is spread online, with links from
 * the register and a way to tick steps off for this visit only.
 *
 * @tagname ogv-report-path
 * @summary What to do in the first hours when an intimate image or a deepfake is online.
 *
 * @csspart path - The outer box.
 * @csspart title - The heading ("What you can do now").
 * @csspart intro - The sentence under the heading.
 * @csspart steps - The numbered list of steps.
 * @csspart step - One step.
 * @csspart step-done - A step once ticked off (together with `step`).
 * @csspart number - The step's number (a check mark once ticked off).
 * @csspart summary - The step's sentence, which opens and closes its detail.
 * @csspart detail - The few sentences of detail of a step.
 * @csspart done - The "Done" checkbox and its label.
 * @csspart links - The list of a step's action links.
 * @csspart link - An action link (call, website).
 * @csspart free - The "free" mark next to a phone link the register says is free.
 * @csspart helplines - The compact helpline banner in the last step.
 * @csspart notice - The fallback notice shown when a register `src` cannot be used.
 *
 * @cssprop [--ogv-color-accent=#1d4f91] - Shared accent: action links, step numbers, the ticked state, the focus ring. Dark scheme: #9cc3ff. Keep 4.5:1 on the background.
 * @cssprop [--ogv-color-text=#1a1a1a] - Shared text colour. Dark scheme: #f2f2f2.
 * @cssprop [--ogv-color-background=#ffffff] - Shared background colour. Dark scheme: #161616.
 * @cssprop [--ogv-font-family=inherit] - Shared font family: the page's font unless set.
 * @cssprop [--ogv-radius=0.25rem] - Shared corner radius.
 * @cssprop [--ogv-space=1rem] - Shared spacing unit.
 * @cssprop --ogv-report-path-border-color - Border of the steps. Default: a grey with 3:1 contrast.
 * @cssprop --ogv-report-path-done-background - Background of a ticked-off step. Default: a light tint of the accent (dark: a dark one).
 */
export class OgvReportPath extends OgvElement {
  static override properties = {
    src: { type: String },
    steps: {
      converter: {
        fromAttribute: (value: string | null) => (value === null ? undefined : value),
        toAttribute: (value: string | undefined) => value ?? null,
      },
    },
    headingLevel: { type: Number, attribute: 'heading-level' },
    compact: { type: Boolean, reflect: true },
  };

  static override styles = styles;

  /** URL of a published register (JSON) to use instead of the bundled one; also passed to the helpline banner. On failure the bundled register is shown with a notice. Several URLs separated by spaces: the first register, then local registers merged after it (register/README.md). */
  declare src: string | undefined;

  /** The steps to show, in this order, as comma-separated ids (`not-to-blame`, `keep-evidence`, `report-platform`, `ask-institute`, `stop-spreading`, `file-complaint`, `talk-to-someone`). Unknown ids are skipped; default: all seven. */
  declare steps: string | undefined;

  /** Level (1–6) of the path's heading; the helpline banner's heading is one level below. Default 2. */
  declare headingLevel: number;

  /** Shorter: the steps' details start collapsed and the spacing is tighter. */
  declare compact: boolean;

  readonly #register = new RegisterController(this);
  /** Ids of the steps ticked off in this visit. In memory only: never stored. */
  readonly #done = new Set<string>();

  constructor() {
    super();
    this.src = undefined;
    this.steps = undefined;
    this.headingLevel = 2;
    this.compact = false;
  }

  /** The steps shown now, in order. */
  get shownSteps(): readonly Step[] {
    return parseSteps(this.steps);
  }

  get #level(): number {
    return clampLevel(this.headingLevel);
  }

  /** A step's link, with the register's address and name in the reader's language (register-language.ts). */
  #resolve(link: StepLink, register: Register): ResolvedLink[] {
    let value: string | undefined;
    let text: string | undefined;
    if (link.kind === 'entry') {
      const entry = register.entries.find((e) => e.id === link.id);
      if (entry) [value, text] = [entryUrl(entry, this.locale), websiteLabel(entry.title)];
    } else {
      const helpline = register.helplines.find((h) => h.id === link.id);
      const channel = helpline?.channels.filter((c) => c.type === link.channel)[link.index];
      if (channel && link.channel === 'phone') {
        return [
          {
            kind: 'phone',
            value: channel.value,
            href: telUrl(channel.value),
            // The number as people write it ("0800 12 800") where the register gives it; the link dials `value`.
            text: msg(str`Call ${channel.display ?? channel.value}`),
            free: channel.free,
          },
        ];
      }
      if (helpline && channel) {
        value = channelValue(channel, this.locale);
        text = pageLinkLabel(channel, helplineName(helpline, this.locale), this.locale);
      }
    }
    const href = safeWebUrl(value);
    return href && text ? [{ kind: 'web', value: value!, href, text }] : [];
  }

  /**
   * The step's action links. While a `src` register loads, a step that will have links keeps a row of their
   * height, so that they do not push the next steps down when they arrive.
   */
  #links(step: Step): TemplateResult | typeof nothing {
    const register = this.#register.loaded?.register;
    if (!step.links.length) return nothing;
    if (!register) return html`<div class="links" aria-hidden="true"></div>`;
    const links = step.links.flatMap((link) => this.#resolve(link, register));
    if (!links.length) return nothing;
    return html`<ul class="links" part="links" role="list">
      ${links.map(
        (link) => html`<li class="link-item">
          ${link.href
            ? html`<a
                class="link"
                part="link"
                data-kind=${link.kind}
                data-value=${link.value}
                href=${link.href}
                rel="noreferrer"
                >${link.text}</a
              >`
            : html`<span class="link-text" data-kind=${link.kind}>${link.text}</span>`}${link.free
            ? html`<span class="free" part="free">${msg('free')}</span>`
            : nothing}
        </li>`,
      )}
    </ul>`;
  }

  #onTick(id: string): (event: Event) => void {
    return (event: Event) => {
      const checked = (event.target as HTMLInputElement).checked;
      if (checked) this.#done.add(id);
      else this.#done.delete(id);
      this.requestUpdate();
    };
  }

  #step(step: Step, number: number): TemplateResult {
    const done = this.#done.has(step.id);
    const detail = step.detail();
    return html`<li class="step ${done ? 'done' : ''}" part=${done ? 'step step-done' : 'step'} data-step=${step.id}>
      <div class="head">
        <span class="number" part="number" aria-hidden="true">${done ? '✓' : number}</span>
        <details class="disclosure" ?open=${!this.compact}>
          <summary part="summary"><span class="text" id="text-${step.id}">${step.text()}</span></summary>
          <p class="detail" part="detail">${detail}</p>
        </details>
        <label class="tick" part="done">
          <input
            type="checkbox"
            .checked=${done}
            aria-labelledby="done-${step.id} text-${step.id}"
            @change=${this.#onTick(step.id)}
          /><span id="done-${step.id}">${msg('Done')}</span>
        </label>
      </div>
      <p class="print-detail" aria-hidden="true">${detail}</p>
      ${this.#links(step)}
      ${step.helplines
        ? html`<ogv-helpline-banner
            class="helplines"
            part="helplines"
            variant="compact"
            lang=${this.locale}
            src=${this.src?.trim() || nothing}
            heading-level=${Math.min(6, this.#level + 1)}
          ></ogv-helpline-banner>`
        : nothing}
    </li>`;
  }

  override render() {
    const steps = this.shownSteps;
    return html`<div class="path" part="path">
        ${heading(this.#level, msg('What you can do now'), { className: 'title', part: 'title' })}
        <p class="intro" part="intro">
          ${msg('Take the steps that suit you, at your own pace. You can tick off what you have done: this is not saved.')}
        </p>
        <ol class="steps" part="steps" role="list">
          ${steps.map((step, index) => this.#step(step, index + 1))}
        </ol>
      </div>
      ${registerNotice(this.#register)}`;
  }
}
