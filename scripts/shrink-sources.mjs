/**
 * A Vite plugin for the library build that keeps out of the bundles the source text a browser never needs:
 * - css`…` stylesheets are minified by Lightning CSS for the browsers of CSS_TARGETS (without targets it
 *   would write, e.g., `@media (max-width: 30rem)` as `(width <= 30rem)`, which Safari before 16.4 ignores).
 *   A stylesheet it cannot parse fails the build instead of shipping altered CSS.
 * - In html`…` templates, each run of whitespace that holds a line break (source indentation) becomes one
 *   space. HTML renders such a run as one space already (no element of ours uses `white-space: pre`), so
 *   what people see and what screen readers read stays the same. A template given to msg() is left as
 *   written: its translation is looked up by a hash of its text.
 * - The `desc` of msg() options, a note for translators that lit-localize reads from the source, is dropped.
 * It works on the TypeScript syntax tree, so text in strings, comments and nested templates is never
 * mistaken for a template.
 */
import ts from 'typescript';
import { Features, transform } from 'lightningcss';

/**
 * The oldest browsers the CSS is written for (Lightning CSS version numbers: major << 16 | minor << 8), the
 * same as the JavaScript's ES2022 and the elements' use of <dialog>, :focus-visible and private methods:
 * Chrome and Edge 94, Firefox 98, Safari 15.4 (all from early 2022). See README, "Browsers".
 */
export const CSS_TARGETS = { chrome: 94 << 16, edge: 94 << 16, firefox: 98 << 16, safari: (15 << 16) | (4 << 8), ios_saf: (15 << 16) | (4 << 8) };

/** The minified text of one stylesheet; throws, naming the file, when it does not parse. */
export function minifyCss(text, file = 'inline.css') {
  let result;
  try {
    result = transform({
      filename: file,
      code: Buffer.from(text),
      minify: true,
      targets: CSS_TARGETS,
      // No stylesheet uses light-dark(): without this, `color-scheme` would bring its unused polyfill variables.
      exclude: Features.LightDark,
      errorRecovery: false,
    });
  } catch (error) {
    const at = error.loc ? ` (stylesheet line ${error.loc.line}, column ${error.loc.column})` : '';
    throw new Error(`${file}: ${error.message}${at}`, { cause: error });
  }
  const { code, warnings } = result;
  if (warnings.length) throw new Error(`${file}: ${warnings.map((w) => w.message).join('; ')}`);
  const out = code.toString();
  if (/[`\\]|\$\{/.test(out)) throw new Error(`${file}: the minified CSS would break its template literal`);
  return out;
}

/** One run of whitespace with a line break in it becomes a single space. */
export const collapseTemplateWhitespace = (text) => text.replace(/[ \t\r\n]*\n[ \t\r\n]*/g, ' ');

/** The raw text span (inside the delimiters) of a template literal piece: `…`, `…${, }…${ or }…`. */
function innerSpan(node, sourceFile) {
  const start = node.getStart(sourceFile);
  const end = node.getEnd();
  switch (node.kind) {
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateTail:
      return [start + 1, end - 1];
    default: // TemplateHead, TemplateMiddle
      return [start + 1, end - 2];
  }
}

function templatePieces(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template];
  return [template.head, ...template.templateSpans.map((span) => span.literal)];
}

/** msg(html`…`) finds its translation by a hash of the template's text, which must stay as written. */
const isMsgArgument = (node) =>
  ts.isCallExpression(node.parent) && ts.isIdentifier(node.parent.expression) && node.parent.expression.text === 'msg';

/** The edits ([start, end, replacement]) that shrink one module's source. */
function edits(source, file) {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      if (tag === 'css' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
        const [start, end] = innerSpan(node.template, sourceFile);
        out.push([start, end, minifyCss(source.slice(start, end), file)]);
      } else if (tag === 'html' && !isMsgArgument(node)) {
        for (const piece of templatePieces(node.template)) {
          const [start, end] = innerSpan(piece, sourceFile);
          const text = source.slice(start, end);
          const collapsed = collapseTemplateWhitespace(text);
          if (collapsed !== text) out.push([start, end, collapsed]);
        }
      }
    } else if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'msg' &&
      node.arguments.length === 2 &&
      ts.isObjectLiteralExpression(node.arguments[1])
    ) {
      const options = node.arguments[1];
      const kept = options.properties.filter((p) => !(p.name && ts.isIdentifier(p.name) && p.name.text === 'desc'));
      if (kept.length !== options.properties.length) {
        const replacement = kept.length ? `{ ${kept.map((p) => p.getText(sourceFile)).join(', ')} }` : '';
        // Without options left, drop the argument and its comma.
        const start = kept.length ? options.getStart(sourceFile) : node.arguments[0].getEnd();
        out.push([start, options.getEnd(), replacement]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return out;
}

/** The shrunk source of one module (unchanged when there is nothing to shrink). */
export function shrinkSource(source, file = 'module.ts') {
  const list = edits(source, file).sort((a, b) => b[0] - a[0]);
  let result = source;
  for (const [start, end, text] of list) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export function shrinkSourcesPlugin() {
  return {
    name: 'ogv-shrink-sources',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`|\bdesc\b/.test(code)) return null;
      const shrunk = shrinkSource(code, id);
      return shrunk === code ? null : { code: shrunk, map: null };
    },
  };
}
