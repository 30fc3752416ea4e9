import { css } from 'lit';
import { baseStyles } from '../core/base-styles.js';

const own = css`
  /* Shared with every element (base-styles.ts): display: block, the font, :host([hidden]). */
  :host {
    /* sticky-top (the default, and any unknown position): in flow at the inline end, so it covers nothing
       until the page scrolls, then stays at the top. */
    position: sticky;
    top: 0;
    z-index: 2147483000;
    width: fit-content;
    max-width: 100%;
    margin-inline-start: auto;
    --_space: var(--ogv-space, 8px);
    --_bg: var(--ogv-color-background, #ffffff);
    --_text: var(--ogv-color-text, #0b0c0c);
    --_link: var(--ogv-color-accent, #1d4ed8);
  }
  /* Out of flow at the inline end (its auto margin comes to 0). */
  :host([position='fixed-bottom-end']) {
    position: fixed;
    top: auto;
    bottom: max(var(--_space), env(safe-area-inset-bottom));
    inset-inline-end: max(var(--_space), env(safe-area-inset-right));
    max-width: calc(100% - 2 * var(--_space));
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
  .bar {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: calc(var(--_space) / 2) var(--_space);
    padding: calc(var(--_space) / 2);
    border-end-start-radius: var(--ogv-radius, 4px);
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
  button {
    gap: 0.5em;
    min-width: 44px;
    max-width: 100%;
    margin: 0;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--ogv-radius, 4px);
    background: var(--ogv-quick-exit-background, #b3261e);
    color: var(--ogv-quick-exit-color, #ffffff);
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
     text colour; the dark scheme sets a white --_focus. */
  :focus-visible {
    outline: 3px solid var(--_focus, var(--_text));
    outline-offset: 2px;
  }
  .indicator {
    display: inline-flex;
    gap: 0.25em;
  }
  .indicator span {
    width: 0.6em;
    height: 0.6em;
    border: 2px solid;
    border-radius: 50%;
    transition: background-color 0.15s;
  }
  .on {
    background: currentColor;
  }
  /* The safety link (underlined, as every link). */
  a {
    min-width: 6em;
    padding: 0 0.25em;
    color: var(--_link);
    font-size: 0.875em;
  }
  /* The overlay: a modal dialog in the top layer, so everything else is hidden and inert. It fills the
     viewport (min- sizes win over the dialog's own maximum; auto margins come to 0), also when it is only
     opened with the open attribute. Its backdrop, behind it, takes its background. */
  dialog {
    position: fixed;
    inset: 0;
    min-width: 100%;
    min-height: 100%;
    padding: calc(var(--_space) * 2);
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
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--ogv-color-background, #121212);
      --_text: var(--ogv-color-text, #f2f2f2);
      --_link: var(--ogv-color-accent, #9ecbff);
      --_focus: var(--ogv-color-text, #ffffff);
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
