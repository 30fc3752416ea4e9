/**
 * <ogv-helpline-banner>: who to call or write to now, from the register, in one tap.
 *
 * A municipality page or a school intranet places it at the top of a page or beside an article. It shows
 * the register's helplines (name, one factual line on what each helps with, a link per channel) as cards,
 * a one-line strip or a sentence. Every fact (names, numbers, addresses, "free", opening hours) comes from
 * the register; nothing is stored, and the only request is the register `src`.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { clampLevel, heading } from '../core/heading.js';
import { OgvElement } from '../core/ogv-element.js';
import { emit } from '../core/events.js';
import { pluralCategory } from '../core/locale.js';
import { RegisterController } from '../core/register-controller.js';
import { registerNotice } from '../core/register-notice.js';
import { helplineName } from '../core/register-language.js';
import type { Channel, ChannelType, Helpline } from '../core/register-types.js';
import { contactsOf, primaryContact, type Contact } from './contacts.js';
import { styles } from './helpline-banner.styles.js';
import { hoursStatus } from './opening-hours.js';
import { parseIds } from '../core/parse-ids.js';
import { selectHelplines } from './select-helplines.js';

export type HelplineVariant = 'full' | 'compact' | 'inline';
const VARIANTS: readonly HelplineVariant[] = ['full', 'compact', 'inline'];

/** Detail of `ogv-helpline-contact`: which helpline, which kind of channel. Nothing about the person. */
export interface HelplineContactDetail {
  id: string;
  channel: ChannelType;
}

/** How many helplines the compact strip shows before "more". */
const COMPACT_VISIBLE = 2;

/**
 * Shows who to call or write to now: the register's helplines, each with a one-tap link per channel.
 *
 * @tagname ogv-helpline-banner
 * @summary Helplines from the register, one tap away.
 *
 * @fires {CustomEvent<HelplineContactDetail>} ogv-helpline-contact - A contact link was used. `detail: { id, channel }`: the helpline's register id
 *   and the channel type (`phone`, `chat`, `email`, `web`), so a partner can count uses without tracking people.
 *
 * @csspart banner - The outer box of the full and compact variants.
 * @csspart title - The "Helplines" heading (full and compact).
 * @csspart helpline - One helpline (a card, a strip item, or an item of the sentence).
 * @csspart name - A helpline's name.
 * @csspart description - The one-line description of what a helpline helps with.
 * @csspart contact - A contact link (call, chat, write, website).
 * @csspart free - The "free" mark next to a channel the register says is free.
 * @csspart hours - "Open now" / "Closed, opens at …" next to a channel with opening hours.
 * @csspart more - The "more helplines" button of the compact variant.
 * @csspart more-panel - The helplines the "more" button reveals.
 * @csspart placeholder - The box that keeps the banner's place while a register `src` loads.
 * @csspart notice - The fallback notice shown when a register `src` cannot be used.
 *
 * @cssprop [--ogv-color-accent=#1d4f91] - Shared accent: contact buttons, the border of the "more" button, the focus ring. Dark scheme: #9cc3ff. Keep 4.5:1 on the background.
 * @cssprop [--ogv-color-text=#1a1a1a] - Shared text colour. Dark scheme: #f2f2f2.
 * @cssprop [--ogv-color-background=#ffffff] - Shared background colour. Dark scheme: #161616.
 * @cssprop [--ogv-font-family=inherit] - Shared font family: the page's font unless set.
 * @cssprop [--ogv-radius=0.25rem] - Shared corner radius.
 * @cssprop [--ogv-space=1rem] - Shared spacing unit.
 * @cssprop --ogv-helpline-card-background - Background of a helpline card. Default: the background colour.
 * @cssprop --ogv-helpline-border-color - Border of cards and of the strip. Default: a grey with 3:1 contrast.
 * @cssprop --ogv-helpline-link-background - Background of contact links. Default: the accent colour.
 * @cssprop --ogv-helpline-link-color - Text of contact links. Default: the background colour.
 * @cssprop --ogv-helpline-emergency-color - Border and mark of emergency lines. Default #b00020 (dark: #ff8a80).
 * @cssprop --ogv-helpline-min-height - Space kept while the register loads (full variant). Default 12rem.
 */
export class OgvHelplineBanner extends OgvElement {
  static override properties = {
    src: { type: String },
    helplines: {
      converter: {
        fromAttribute: (value: string | null) => (value === null ? undefined : parseIds(value)),
        toAttribute: (value: string[] | undefined) => (value ? value.join(',') : null),
      },
    },
    audience: { type: String },
    region: { type: String },
    topic: { type: String },
    variant: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noEmergency: { type: Boolean, attribute: 'no-emergency' },
  };

  static override styles = styles;

  /** URL of a published register (JSON) to use instead of the bundled one. On failure the bundled register is shown with a notice. Several URLs separated by spaces: the first register, then local registers merged after it (register/README.md). */
  declare src: string | undefined;

  /** Register helpline ids to show, in this order (attribute: comma-separated, e.g. `helplines="lijn-1712,igvm"`). Unknown ids are skipped; if none is left, the default helplines are shown (with a console warning). */
  declare helplines: string[] | undefined;

  /** Show only helplines for this register audience id (comma-separated for several); lines for the general public fit every audience. */
  declare audience: string | undefined;

  /** Show only helplines covering this register region id (comma-separated for several); lines for all of Belgium cover every region. */
  declare region: string | undefined;

  /** Show only helplines dealing with this register topic id (comma-separated for several). */
  declare topic: string | undefined;

  /** `full` (cards, the default), `compact` (a one-line strip with a "more" button) or `inline` (a sentence for running text). */
  declare variant: HelplineVariant;

  /** Level (1–6) of the banner's heading; helpline names are one level below. Default 2. */
  declare headingLevel: number;

  /** Hide emergency lines (for a page that already shows the emergency number). */
  declare noEmergency: boolean;

  readonly #register = new RegisterController(this);
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the compact variant's "more" panel is open. */
  #expanded = false;
  /** The choice last warned about (once per choice, not once per render). */
  #warnedChoice: string | undefined;

  constructor() {
    super();
    this.src = undefined;
    this.helplines = undefined;
    this.audience = undefined;
    this.region = undefined;
    this.topic = undefined;
    this.variant = 'full';
    this.headingLevel = 2;
    this.noEmergency = false;
  }

  /** Back in a page: "open now" is judged again at once (time went by), and the minute refresh restarts. */
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** The moment "open now" is judged at. Tests override it to fix the clock. */
  protected now(): Date {
    return new Date();
  }

  /** The register's helplines, or undefined while loading. Tests override it to show fixture helplines. */
  protected registerHelplines(): readonly Helpline[] | undefined {
    return this.#register.loaded?.register.helplines;
  }

  /**
   * The helplines shown now, in order. When `helplines`, `audience`, `region` or `topic` leave none (an id
   * mistyped, a topic no line covers), the default selection is shown instead, with one console warning: a
   * person looking for help never gets an empty banner.
   */
  get shownHelplines(): Helpline[] {
    const all = this.registerHelplines();
    if (!all) return [];
    const noEmergency = this.noEmergency;
    const choice = { helplines: this.helplines, audience: this.audience, region: this.region, topic: this.topic };
    const chosen = selectHelplines(all, { ...choice, noEmergency });
    if (chosen.length || !all.length) return chosen;
    const key = Object.entries(choice)
      .filter(([, value]) => value != null)
      .map(([name, value]) => `${name}="${value}"`)
      .join(' ');
    if (this.#warnedChoice !== key) {
      this.#warnedChoice = key;
      console.warn(`<ogv-helpline-banner>: no register helpline matches ${key}; showing the default helplines.`);
    }
    return selectHelplines(all, { noEmergency });
  }

  /** The one outward side effect: tells the page a contact link was used (id and channel type only). */
  protected notifyContact(id: string, channel: ChannelType): void {
    emit(this, 'ogv-helpline-contact', { id, channel });
  }

  get #variant(): HelplineVariant {
    return VARIANTS.includes(this.variant) ? this.variant : 'full';
  }

  get #level(): number {
    return clampLevel(this.headingLevel);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#scheduleTick();
  }

  /** While a shown channel has opening hours, re-render at each new minute so "open now" stays true. */
  #scheduleTick(): void {
    const withHours = this.shownHelplines.some((h) => h.channels.some((c) => c.hours?.length));
    if (!withHours || this.#timer !== undefined || !this.isConnected) return;
    const wait = 60000 - (Date.now() % 60000) + 50;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.requestUpdate();
    }, wait);
  }

  #onContact(helpline: Helpline, channel: Channel): () => void {
    return () => this.notifyContact(helpline.id, channel.type);
  }

  #contactLink(helpline: Helpline, contact: Contact, text?: string): TemplateResult {
    const { channel, href, label } = contact;
    const shown = text ?? contact.text ?? label;
    if (!href) return html`<span class="contact-text" data-channel=${channel.type}>${shown}</span>`;
    return html`<a
      part="contact"
      class="contact"
      data-channel=${channel.type}
      data-value=${channel.display ?? contact.value}
      href=${href}
      rel="noreferrer"
      aria-label=${shown === label ? nothing : label}
      @click=${this.#onContact(helpline, channel)}
      >${shown}</a
    >`;
  }

  #facts(channel: Channel): TemplateResult | typeof nothing {
    const free = channel.free === true ? html`<span class="free" part="free">${msg('free')}</span>` : nothing;
    const hours = channel.hours?.length ? this.#hours(channel) : nothing;
    if (free === nothing && hours === nothing) return nothing;
    return html`<span class="facts">${free}${hours}</span>`;
  }

  #hours(channel: Channel): TemplateResult | typeof nothing {
    const status = hoursStatus(channel.hours ?? [], this.now(), this.locale);
    let text: string;
    if (status.open) text = msg('Open now');
    else if (!status.time) return nothing;
    else if (status.when === 'today') text = msg(str`Closed, opens at ${status.time}`);
    else if (status.when === 'tomorrow') text = msg(str`Closed, opens tomorrow at ${status.time}`);
    else text = msg(str`Closed, opens ${status.day} at ${status.time}`);
    return html`<span class="hours ${status.open ? 'open' : 'closed'}" part="hours">${text}</span>`;
  }

  #card(helpline: Helpline, level: number): TemplateResult {
    const description = helpline.description[this.locale] || helpline.description.en;
    return html`<li class="card ${helpline.emergency ? 'emergency' : ''}" part="helpline" data-id=${helpline.id}>
      ${heading(level, helplineName(helpline, this.locale), { className: 'name', part: 'name' })}
      ${helpline.emergency ? html`<p class="mark">${msg('Emergency')}</p>` : nothing}
      ${description ? html`<p class="description" part="description">${description}</p>` : nothing}
      <ul class="channels" role="list">
        ${contactsOf(helpline, this.locale).map(
          (contact) => html`<li class="channel">${this.#contactLink(helpline, contact)}${this.#facts(contact.channel)}</li>`,
        )}
      </ul>
    </li>`;
  }

  #title(): TemplateResult {
    return heading(this.#level, msg('Helplines'), { className: 'title', part: 'title' });
  }

  #full(shown: Helpline[]): TemplateResult {
    const level = this.#level + 1;
    return html`<div class="banner full" part="banner">
      ${this.#title()}
      <ul class="cards" role="list">
        ${shown.map((helpline) => this.#card(helpline, level))}
      </ul>
    </div>`;
  }

  /** Name, unless the link's words already say it ("Call 1712" under "1712"). */
  #nameUnlessSaid(helpline: Helpline, said: string): TemplateResult | typeof nothing {
    const name = helplineName(helpline, this.locale);
    return said.includes(name) ? nothing : html`<span class="name" part="name">${name}</span> `;
  }

  #compact(shown: Helpline[]): TemplateResult {
    const visible = shown.slice(0, COMPACT_VISIBLE);
    const rest = shown.slice(COMPACT_VISIBLE);
    const count = rest.length;
    const moreLabel =
      pluralCategory(this.locale, count) === 'one'
        ? msg(str`${count} more helpline`)
        : msg(str`${count} more helplines`);
    const level = this.#level + 1;
    return html`<div class="banner compact" part="banner">
      <div class="strip">
        ${this.#title()}
        <ul class="strip-list" role="list">
          ${visible.map((helpline) => {
            const primary = primaryContact(helpline, this.locale);
            return html`<li class="strip-item ${helpline.emergency ? 'emergency' : ''}" part="helpline" data-id=${helpline.id}>
              ${this.#nameUnlessSaid(helpline, primary?.label ?? '')}${primary
                ? html`${this.#contactLink(helpline, primary)}${this.#facts(primary.channel)}`
                : nothing}
            </li>`;
          })}
        </ul>
        ${count
          ? html`<button
              type="button"
              class="more"
              part="more"
              aria-expanded=${this.#expanded ? 'true' : 'false'}
              aria-controls="more-panel"
              @click=${this.#toggle}
            >
              ${moreLabel}<span class="caret" aria-hidden="true">${this.#expanded ? '▴' : '▾'}</span>
            </button>`
          : nothing}
      </div>
      ${count
        ? html`<div id="more-panel" class="more-panel ${this.#expanded ? 'open' : ''}" part="more-panel">
            <ul class="cards" role="list">
              ${rest.map((helpline) => this.#card(helpline, level))}
            </ul>
          </div>`
        : nothing}
    </div>`;
  }

  #toggle(): void {
    this.#expanded = !this.#expanded;
    this.requestUpdate();
  }

  #inlineItem(helpline: Helpline): TemplateResult | undefined {
    const primary = primaryContact(helpline, this.locale);
    if (!primary) return undefined;
    const { channel } = primary;
    const name = helplineName(helpline, this.locale);
    // A phone shows its number as the link (named "Call 1712"), after the name unless the name is the number.
    if (channel.type === 'phone') {
      const said = name.includes(channel.value);
      return html`<span class="inline-item" part="helpline" data-id=${helpline.id}
        >${said ? nothing : html`<span part="name">${name}</span> `}${this.#contactLink(
          helpline,
          primary,
          channel.display ?? channel.value,
        )}${channel.free === true ? html` <span class="free" part="free">(${msg('free')})</span>` : nothing}</span
      >`;
    }
    // Other channels: the name is the link, named by what it does ("Chat: …" contains the name).
    return html`<span class="inline-item" part="helpline" data-id=${helpline.id}
      >${this.#contactLink(helpline, primary, name)}</span
    >`;
  }

  #inline(shown: Helpline[]): TemplateResult {
    const items = shown.flatMap((helpline) => this.#inlineItem(helpline) ?? []);
    if (!items.length) return html``;
    // Intl.ListFormat gives each language its own "a, b or c"; the items themselves are templates.
    const marks = items.map((_, index) => `\u0000${index}\u0000`);
    const parts = new Intl.ListFormat(this.locale, { type: 'disjunction' }).formatToParts(marks);
    const list = parts.map((part) =>
      part.type === 'element' ? items[Number(part.value.replace(/\u0000/g, ''))] : part.value,
    );
    // "Contact:" puts the names after a colon: no language then needs an article for them.
    return html`<span class="inline">${msg(html`Need help? Contact: ${list}.`)}</span>`;
  }

  #placeholder(variant: HelplineVariant): TemplateResult {
    return variant === 'inline'
      ? html`<span class="placeholder" part="placeholder">${msg('Loading helplines…')}</span>`
      : html`<div class="placeholder ${variant}" part="placeholder">${msg('Loading helplines…')}</div>`;
  }

  override render() {
    const variant = this.#variant;
    const notice = registerNotice(this.#register);
    if (this.#register.status === 'loading' && !this.registerHelplines()) {
      return html`${this.#placeholder(variant)}${notice}`;
    }
    const shown = this.shownHelplines;
    const body =
      variant === 'inline' ? this.#inline(shown) : variant === 'compact' ? this.#compact(shown) : this.#full(shown);
    return html`${body}${notice}`;
  }
}
