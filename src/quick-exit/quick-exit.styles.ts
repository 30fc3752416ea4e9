import { css } from 'lit';
import { baseStyles } from '../core/base-styles.js';

const own = css`
  /* The shared tokens (--_accent, --_text, --_bg, --_radius, --_space, the font), display: block and
     :host([hidden]) come from base-styles.ts; the quick exit's own tokens follow. */
  :host {
    /* sticky-top (the default, and any unknown position): in flow at the inline end, so it covers nothing
       until the page scrolls, then stays at the top, below the host's own fixed or sticky bars (placement.ts
       sets --_top). z-index 1: above the page's ordinary content, below anything the host lifts (its menus,
       dropdowns, dialogs), so it never paints over a host control. */
    position: sticky;
    top: var(--_top, 0px);
    z-index: 1;
    width: fit-content;
    max-width: 100%;
    margin-inline-start: auto;
    /* The bar is small: its spacing unit is half the shared one. */
    --_bar-space: calc(var(--_space) / 2);
    --_button-bg: var(--ogv-quick-exit-background, #b3261e);
    --_button-text: var(--ogv-quick-exit-color, #ffffff);
  }
  /* Out of flow at the inline end (its auto margin comes to 0). */
  :host([position='fixed-bottom-end']) {
    position: fixed;
    top: auto;
    bottom: max(var(--_bar-space), env(safe-area-inset-bottom));
    inset-inline-end: max(var(--_bar-space), env(safe-area-inset-right));
    max-width: calc(100% - 2 * var(--_bar-space));
  }
  /* An inline block (its auto margin comes to 0). */
  :host([position='inline']) {
    position: static;
    display: inline-block;
    vertical-align: middle;
  }
  [hidden] {
    display: none !important;
  }
  .bar,
  dialog {
    background: var(--_bg);
    color: var(--_text);
  }
  /* One row, never wrapped: a second row would double the bar that stays on screen while people scroll. */
  .bar {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    justify-content: flex-end;
    gap: calc(var(--_bar-space) / 2);
    padding: calc(var(--_bar-space) / 2);
    border-end-start-radius: var(--_radius);
  }
  :host([position='inline']) .bar {
    background: transparent;
    padding: 0;
  }
  button,
  a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    overflow-wrap: anywhere;
  }
  /* The button keeps its label on one line (it never shrinks for the link); only where it alone is wider than
     the bar (320 px, 400 % zoom) does the label wrap, at the bar's width. */
  button {
    position: relative;
    flex-shrink: 0;
    min-width: 44px;
    max-width: 100%;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_button-bg);
    color: var(--_button-text);
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }
  button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The button and the link: the only focusable elements (the dialog takes no outline). The outline is the
     text colour; a dark scheme sets a white --_focus. */
  :focus-visible {
    outline: 3px solid var(--_focus, var(--_text));
    outline-offset: 2px;
  }
  /* The dots sit in the button's bottom padding, under the label, out of the flow: the button keeps its size
     when the first Shift press shows them, and they take none of its width on a narrow screen. */
  .indicator {
    position: absolute;
    inset-inline: 0;
    bottom: 0.2em;
    display: flex;
    justify-content: center;
    gap: 0.3em;
    pointer-events: none;
  }
  .indicator span {
    width: 0.45em;
    height: 0.45em;
    border: 1.5px solid;
    border-radius: 50%;
    transition: background-color 0.15s;
  }
  .on {
    background: currentColor;
  }
  /* The safety link (underlined, as every link): beside the button in the room the button leaves, wrapping its
     own text over two lines where that room is small (French and German at 320 px, 400 % zoom of 1280 px). */
  a {
    flex: 0 1 auto;
    min-width: 44px;
    padding: 0 0.25em;
    color: var(--_accent);
    font-size: 0.875em;
  }
  /* Phones and 400 % zoom of 1280 px (360 and 320 px): less padding beside the label, so that the link keeps
     its words whole beside the button in German and French. */
  @media (max-width: 22.5em) {
    button {
      padding-inline: 0.5em;
    }
    a {
      padding-inline: 0;
    }
  }
  /* Narrower still (400 % zoom of a 1024 px window is 256 px): the button's label may wrap too, rather than
     push the link off the screen. */
  @media (max-width: 300px) {
    button {
      flex-shrink: 1;
    }
  }
  /* The overlay: a modal dialog in the top layer, so everything else is hidden and inert. It fills the
     viewport (min- sizes win over the dialog's own maximum; auto margins come to 0), also when it is only
     opened with the open attribute. Its backdrop, behind it, takes its background. */
  dialog {
    position: fixed;
    inset: 0;
    min-width: 100%;
    min-height: 100%;
    padding: calc(var(--_bar-space) * 2);
    border: 0;
  }
  dialog[open] {
    display: grid;
    place-items: center;
  }
  dialog::backdrop {
    background: inherit;
  }
  dialog:focus {
    outline: none;
  }
  .leaving {
    font-size: 1rem;
  }
  /* A white outline where the page's colour scheme is dark (see tokens.ts). */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_focus: light-dark(var(--_text), var(--ogv-color-text, #ffffff));
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .indicator span {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .bar {
      border: 1px solid CanvasText;
    }
    :host([position='inline']) .bar {
      border: 0;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    a {
      color: LinkText;
    }
    dialog {
      background: Canvas;
      color: CanvasText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;

export const styles = [baseStyles, own];
