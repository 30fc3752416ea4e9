// Register JSON text → value, with the line and column of a syntax error. No file access: the scripts and
// the studio page both use it.

/**
 * Parses register JSON text. Returns { register } or { problems } (a parse error, as one line).
 * @param {string} text
 * @param {string} label the file name shown in messages
 */
export function parseRegisterText(text, label) {
  try {
    return { register: JSON.parse(text), problems: [] };
  } catch (error) {
    let where = '';
    const position = /position (\d+)/.exec(error.message);
    if (position) {
      const before = text.slice(0, Number(position[1])).split('\n');
      where = ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
    }
    return { register: undefined, problems: [`${label}: (file) json: not valid JSON: ${error.message}${where}`] };
  }
}
