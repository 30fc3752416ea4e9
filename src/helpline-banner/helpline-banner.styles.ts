/** Styles of <ogv-helpline-banner>: cards, strip and sentence; dark scheme, forced colours, 320 px, print. */
import { css } from 'lit';
import { baseStyles } from '../core/base-styles.js';
import { noticeStyles } from '../core/register-notice.js';

const own = css`
  /* The shared tokens (--_accent, --_text, --_bg, --_radius, --_space, the font), display: block and
     :host([hidden]) come from base-styles.ts; the banner's own tokens follow. */
  :host {
    --_border: var(--ogv-helpline-border-color, #767676);
    --_emergency: var(--ogv-helpline-emergency-color, #b00020);
    color: var(--_text);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  /* The dark values where the page's colour scheme is dark (see tokens.ts). */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_border: var(--ogv-helpline-border-color, light-dark(#767676, #8a8a8a));
      --_emergency: var(--ogv-helpline-emergency-color, light-dark(#b00020, #ff8a80));
    }
  }
  /* Inline text is part of the page's paragraph: it keeps the page's colour in any colour scheme, and its font. */
  :host([variant='inline']) {
    display: inline;
    color: var(--ogv-color-text, inherit);
    font-family: var(--ogv-font-family, inherit);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }

  /* A box of its own, as the finder's and the report path's: on a coloured page its heading keeps clear of the
     edge. The compact strip is smaller. */
  .banner {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .banner.compact {
    padding: calc(var(--_space) / 2);
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
  /* A heading (heading.ts): its size and spacing are set here, not by the browser's heading styles. */
  .card .name {
    margin: 0;
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
  .channel,
  .strip-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    max-width: 100%;
  }
  /* Contact links and the "more" button: 44 px targets. */
  .contact,
  .more {
    min-width: 44px;
    min-height: 44px;
    padding: 0.5rem 0.875rem;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 700;
  }
  .contact {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    max-width: 100%;
    border: 2px solid transparent;
    background: var(--ogv-helpline-link-background, var(--_accent));
    color: var(--ogv-helpline-link-color, var(--_bg));
    text-align: center;
    text-decoration: none;
  }
  .contact:hover {
    text-decoration: underline;
  }
  /* Contact links and the "more" button are all there is to focus. */
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_bg);
  }
  .contact-text,
  .free {
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

  /* Compact: one strip, wrapping only when the screen is narrow. */
  .strip,
  .strip-list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 0.75);
  }
  .strip {
    padding: calc(var(--_space) / 4) calc(var(--_space) / 2);
    font-size: 0.9375em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .strip .title {
    margin: 0;
    font-size: 1em;
  }
  .strip .contact {
    padding-inline: 0.625rem;
  }
  .more {
    margin-inline-start: auto;
    border: 2px solid var(--_accent);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  /* The arrow is drawn, not read: generated content (::after) would be part of the button's name. */
  .caret {
    margin-inline-start: 0.35em;
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
    margin-block: -0.7em;
    padding: 0.7em 0.15em;
    border: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    text-decoration: underline;
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
    padding: 0;
    border: 0;
  }

  @media (forced-colors: active) {
    .contact,
    .more {
      forced-color-adjust: none;
    }
    .contact {
      border-color: LinkText;
      color: LinkText;
      background: Canvas;
    }
    .more {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .card,
    .card.emergency,
    .strip {
      border-color: CanvasText;
    }
    :focus-visible {
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
    /* Web and e-mail links: the address is printed after the words. Phone links already read "Call 1712"
       (a text message number is text, not a link). */
    .contact:not([data-channel='phone'])::after {
      content: ' (' attr(data-value) ')';
      font-weight: 400;
    }
  }
`;

export const styles = [baseStyles, noticeStyles, own];
