/**
 * The design tokens every element shares, with their defaults: the one place where the shared look is set.
 *
 * A partner themes the elements with the public `--ogv-*` custom properties, set on the elements or on any
 * ancestor (they inherit). Inside the shadow root, each token is read once here into a private `--_*`
 * property with its default, and the element's styles use only the private ones. The public properties are
 * never set by the elements themselves: a rule on `:host` would hide the value a partner sets on an ancestor.
 * `--ogv-font-family` goes straight to the host's font (default `inherit`: the page's font), except that where the
 * page leaves the browser's default font (a serif), default-font.ts sets `--_font` to a system sans-serif stack.
 *
 * The accent is text and link colour on the background and the background of text in the background colour,
 * so each scheme's accent keeps at least 4.5:1 (WCAG AA for text) against that scheme's background:
 * #1d4f91 on #ffffff is 8.1:1, #9cc3ff on #161616 is 10.1:1. No single colour reaches 4.5:1 on both a white
 * and a near-black background, hence one value per scheme.
 *
 * The scheme is the page's, not the system's: `color-scheme` inherits into the shadow root, and `light-dark()`
 * answers with the light value unless the page (or the partner, on the element or an ancestor) declares
 * `color-scheme: dark` or `light dark` and, for the latter, the reader's system is dark. A page that declares
 * nothing is light, as its own text and background are. Browsers without `light-dark()` (before Chrome 123,
 * Firefox 120, Safari 17.5) keep the light values: the safe default on a light page. The element's own tokens (`--ogv-<element>-*`)
 * are read in its own styles, on top of these.
 *
 * Plain `css` (Lit's ReactiveElement part), so that <ogv-quick-exit> uses it without carrying lit-html.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_accent: var(--ogv-color-accent, #1d4f91);
    --_text: var(--ogv-color-text, #1a1a1a);
    --_bg: var(--ogv-color-background, #ffffff);
    --_radius: var(--ogv-radius, 0.25rem);
    --_space: var(--ogv-space, 1rem);
    font-family: var(--ogv-font-family, var(--_font, inherit));
  }
  /* light-dark() picks by the colour scheme the element inherits from the page (see above). */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--ogv-color-accent, light-dark(#1d4f91, #9cc3ff));
      --_text: var(--ogv-color-text, light-dark(#1a1a1a, #f2f2f2));
      --_bg: var(--ogv-color-background, light-dark(#ffffff, #161616));
    }
  }
`;
