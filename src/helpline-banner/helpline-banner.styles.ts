/** Styles of <ogv-helpline-banner>: cards, strip and sentence; dark scheme, forced colours, 320 px, print. */
import { css } from 'lit';
import { baseStyles } from '../core/base-styles.js';
import { noticeStyles } from '../core/register-notice.js';

const own = css`
  :host {
    --_accent: var(--ogv-color-accent, #1d4f91);
    --_text: var(--ogv-color-text, #1a1a1a);
    --_bg: var(--ogv-color-background, #ffffff);
    --_border: var(--ogv-helpline-border-color, #767676);
    --_emergency: var(--ogv-helpline-emergency-color, #b00020);
    --_space: var(--ogv-space, 1rem);
    --_radius: var(--ogv-radius, 0.375rem);
    display: block;
    color: var(--_text);
    font-family: var(--ogv-font-family, inherit);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--ogv-color-accent, #9cc3ff);
      --_text: var(--ogv-color-text, #f2f2f2);
      --_bg: var(--ogv-color-background, #161616);
      --_border: var(--ogv-helpline-border-color, #8a8a8a);
      --_emergency: var(--ogv-helpline-emergency-color, #ff8a80);
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* Inline text is part of the page's paragraph: it keeps the page's colour in any colour scheme. */
  :host([variant='inline']) {
    display: inline;
    color: var(--ogv-color-text, inherit);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }

  .banner {
    background: var(--_bg);
  }
  .title {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25em;
    font-weight: 700;
  }
  .cards {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-width: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--ogv-helpline-card-background, var(--_bg));
  }
  .card.emergency {
    border: 2px solid var(--_emergency);
  }
  .card .name {
    font-size: 1.1em;
    font-weight: 700;
  }
  .mark {
    color: var(--_emergency);
    font-weight: 700;
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-top: auto;
  }
  .channel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    max-width: 100%;
  }
  .contact {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    max-width: 100%;
    padding: 0.5rem 0.875rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--ogv-helpline-link-background, var(--_accent));
    color: var(--ogv-helpline-link-color, var(--_bg));
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }
  .contact:hover {
    text-decoration: underline;
  }
  .contact:focus-visible,
  .more:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_bg);
  }
  .contact-text {
    font-weight: 700;
  }
  .facts {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  .free,
  .hours {
    font-size: 0.9em;
  }
  .free {
    font-weight: 700;
  }

  /* Compact: one strip, wrapping only when the screen is narrow. */
  .strip {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
    padding: calc(var(--_space) / 4) calc(var(--_space) / 2);
    font-size: 0.9375em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .strip .title {
    margin: 0;
    font-size: 1em;
  }
  .strip-list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
  }
  .strip .contact,
  .more {
    padding-inline: 0.625rem;
  }
  .strip-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .strip-item .name {
    font-weight: 400;
  }
  .more {
    min-width: 44px;
    min-height: 44px;
    margin-inline-start: auto;
    padding: 0.5rem 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .more::after {
    content: ' ▾';
  }
  .more[aria-expanded='true']::after {
    content: ' ▴';
  }
  .more-panel {
    display: none;
    margin-top: calc(var(--_space) / 2);
  }
  .more-panel.open {
    display: block;
  }

  /* Inline: a sentence in running text. Links keep a 44 px target without pushing the lines apart. */
  .inline .contact {
    display: inline-block;
    min-width: 44px;
    min-height: 44px;
    margin-block: -0.7em;
    padding: 0.7em 0.15em;
    border: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    text-decoration: underline;
    text-align: center;
    vertical-align: baseline;
  }
  .inline .free {
    font-size: inherit;
    font-weight: inherit;
  }
  .inline .contact:focus-visible {
    outline: 3px solid currentColor;
    outline-offset: -0.5em;
    box-shadow: none;
  }
  :host([variant='inline']) .ogv-notice {
    display: inline;
  }
  :host([variant='inline']) .ogv-notice:not(:empty) {
    display: block;
  }

  /* While a register src loads: the banner's place is kept, with words in it. */
  .placeholder {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: var(--ogv-helpline-min-height, 12rem);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    font-style: italic;
  }
  .placeholder.compact {
    min-height: calc(44px + var(--_space));
  }
  span.placeholder {
    display: inline;
    min-height: 0;
    padding: 0;
    border: 0;
  }

  @media (forced-colors: active) {
    .contact {
      border-color: LinkText;
      color: LinkText;
      background: Canvas;
      forced-color-adjust: none;
    }
    .more {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
      forced-color-adjust: none;
    }
    .card,
    .card.emergency,
    .strip {
      border-color: CanvasText;
    }
    .contact:focus-visible,
    .more:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      color: #000;
    }
    .banner,
    .card {
      background: none;
      break-inside: avoid;
    }
    .contact {
      border-color: #000;
      color: #000;
      background: none;
    }
    .more {
      display: none;
    }
    .more-panel {
      display: block;
    }
    /* Web and e-mail links: the address is printed after the words. Phone links already read "Call 1712". */
    a.contact[data-channel='web']::after,
    a.contact[data-channel='chat']::after,
    a.contact[data-channel='email']::after {
      content: ' (' attr(data-value) ')';
      font-weight: 400;
    }
  }
`;

export const styles = [baseStyles, noticeStyles, own];
