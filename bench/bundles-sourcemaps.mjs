// For bench/bundles.mjs: which package each byte of a bundle comes from, by its source map: every mapped span of the output is given to the
// package of its source (`node_modules/<package>/...`; the app's own files are `app`), unmapped spans to `unmapped`.
// Counts characters of the minified output (the bundles are ASCII but for a few strings), and keeps each package's
// spans so that they can be compressed on their own.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digit = Object.fromEntries([...base64].map((char, index) => [char, index]));

/** The segments of one line of `mappings`: arrays of VLQ fields, the first one relative to the line. */
function decodeLine(text, state) {
  const segments = [];
  for (const segment of text.split(',')) {
    if (!segment) continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const bits = digit[char];
      if (bits === undefined) throw new Error(`not base64 VLQ: ${char}`);
      value += (bits & 31) << shift;
      if (bits & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    state.column += fields[0];
    if (fields.length > 1) state.source += fields[1];
    segments.push({ column: state.column, source: fields.length > 1 ? state.source : -1 });
  }
  return segments;
}

/**
 * The package a source path belongs to: the last `node_modules/<name>` in it (scoped names included), or the package
 * the kit carries in its `dist/vendor/<name>`.
 */
export function packageOf(source) {
  const vendored = /node_modules\/talon-react\/dist\/vendor\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (vendored) return vendored[1];
  const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return match ? match[1] : 'app';
}

/** Adds the spans of `code` (lines from `lineOffset`, columns from `columnOffset` on that first line) to `out`. */
function attributeMap(map, lines, lineOffset, columnOffset, out) {
  const state = { column: 0, source: 0 };
  const mappingLines = map.mappings.split(';');
  for (const [index, mapping] of mappingLines.entries()) {
    const line = lines[lineOffset + index];
    if (line === undefined) break;
    state.column = 0;
    const segments = decodeLine(mapping, state);
    const shift = index === 0 ? columnOffset : 0;
    for (const [position, segment] of segments.entries()) {
      const start = segment.column + shift;
      const end = position + 1 < segments.length ? segments[position + 1].column + shift : line.length;
      const name = segment.source < 0 ? 'unmapped' : packageOf(map.sources[segment.source] ?? '');
      const entry = (out[name] ??= { chars: 0, text: [] });
      entry.chars += Math.max(0, end - start);
      entry.text.push(line.slice(start, end));
    }
  }
}

/**
 * The bytes of a JavaScript file by package, from the map its `sourceMappingURL` names (plain or indexed maps).
 * A file without a map counts as `unmapped`.
 */
export function attributeFile(path, out = {}) {
  const code = readFileSync(path, 'utf8');
  const lines = code.split('\n');
  const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  if (!url || url.startsWith('data:')) {
    const entry = (out.unmapped ??= { chars: 0, text: [] });
    entry.chars += code.length;
    entry.text.push(code);
    return out;
  }
  const map = JSON.parse(readFileSync(join(dirname(path), url), 'utf8'));
  if (map.sections) {
    for (const section of map.sections)
      attributeMap(section.map, lines, section.offset.line, section.offset.column, out);
  } else attributeMap(map, lines, 0, 0, out);
  return out;
}
