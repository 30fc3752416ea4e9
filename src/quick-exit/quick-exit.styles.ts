import { css } from 'lit';
import { baseStyles } from '../core/base-styles.js';

const own = css`
  :host {
    /* sticky-top (the default, and any unknown position): in flow at the inline end, so it covers nothing
       until the page scrolls, then stays at the top. */
    position: sticky;
    top: 0;
    z-index: 2147483000;
    display: block;
    box-sizing: border-box;
    width: fit-content;
    max-width: 100%;
    margin-inline-start: auto;
    font-family: var(--ogv-font-family, inherit);
    --_space: var(--ogv-space, 8px);
    --_bg: var(--ogv-color-background, #ffffff);
    --_text: var(--ogv-color-text, #0b0c0c);
    --_link: var(--ogv-color-accent, #1d4ed8);
    --_button-bg: var(--ogv-quick-exit-background, #b3261e);
    --_button-text: var(--ogv-quick-exit-color, #ffffff);
    --_focus: var(--ogv-color-text, #0b0c0c);
  }
  :host([hidden]) {
    display: none;
  }
  :host([position='fixed-bottom-end']) {
    position: fixed;
    top: auto;
    bottom: max(var(--_space), env(safe-area-inset-bottom, 0px));
    inset-inline-end: max(var(--_space), env(safe-area-inset-right, 0px));
    margin: 0;
    max-width: calc(100% - 2 * var(--_space));
  }
  :host([position='inline']) {
    position: static;
    display: inline-block;
    margin: 0;
    vertical-align: middle;
  }
  [hidden] {
    display: none !important;
  }
  .bar {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    justify-content: flex-end;
    gap: calc(var(--_space) / 2) var(--_space);
    padding: calc(var(--_space) / 2);
    background: var(--_bg);
    color: var(--_text);
    border-end-start-radius: var(--ogv-radius, 4px);
  }
  :host([position='inline']) .bar {
    background: transparent;
    padding: 0;
  }
  button {
    flex: 0 1 auto;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-width: 44px;
    min-height: 44px;
    max-width: 100%;
    margin: 0;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--ogv-radius, 4px);
    background: var(--_button-bg);
    color: var(--_button-text);
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    text-align: start;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .indicator {
    display: inline-flex;
    gap: 0.25em;
  }
  .indicator span {
    width: 0.6em;
    height: 0.6em;
    border: 2px solid currentColor;
    border-radius: 50%;
    transition: background-color 0.15s;
  }
  .indicator span.on {
    background: currentColor;
  }
  a {
    flex: 0 1 auto;
    min-width: 6em;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.25em;
    color: var(--_link);
    font-size: 0.875em;
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  /* The overlay: a modal dialog in the top layer, so everything else is hidden and inert. */
  dialog {
    position: fixed;
    inset: 0;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: calc(var(--_space) * 2);
    border: 0;
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--ogv-font-family, inherit);
  }
  dialog[open] {
    display: flex;
    align-items: center;
    justify-content: center;
  }
  dialog::backdrop {
    background: var(--ogv-color-background, #ffffff);
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
    dialog::backdrop {
      background: var(--ogv-color-background, #121212);
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
    button:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
    a {
      color: LinkText;
    }
    dialog,
    dialog::backdrop {
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
