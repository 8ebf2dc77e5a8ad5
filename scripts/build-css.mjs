// `npm run build`'s last step: `talon-react/styles.css`. Inlines the `@import`s of src/components/styles.css (each
// component's CSS, in order, once) into one file, dist/styles.css, so that an app needs one import and no CSS tooling
// that follows `@import`. Not minified: the rules are few and easier to read and override as written; comments
// inside the imported files are dropped, blank lines collapsed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/components/styles.css');
const output = join(root, 'dist/styles.css');

const importRule = /^\s*@import\s+(?:url\()?\s*['"]([^'"]+)['"]\s*\)?\s*;\s*$/gm;

/** The CSS of `file` with its relative `@import`s replaced by their contents (recursively, each file once). */
function inline(file, seen = new Set(), isEntry = false) {
  if (seen.has(file)) return '';
  seen.add(file);
  let css = readFileSync(file, 'utf8');
  // Keep the entry's header comment (what the file is, how to theme it); drop the others'.
  if (!isEntry) css = css.replace(/\/\*[\s\S]*?\*\//g, '');
  css = css.replace(importRule, (_, path) => {
    if (/^[a-z]+:|^\/\//i.test(path))
      throw new Error(`${relative(root, file)}: only relative @imports can be inlined (${path})`);
    return `\n/* ${relative(join(root, 'src/components'), join(dirname(file), path))} */\n${inline(join(dirname(file), path), seen).trim()}\n`;
  });
  if (/@import\b/.test(css.replace(/\/\*[\s\S]*?\*\//g, ''))) {
    throw new Error(`${relative(root, file)}: an @import that is not on a line of its own`);
  }
  return css;
}

const css = `${inline(entry, new Set(), true)
  .replace(/[ \t]+$/gm, '')
  .replace(/\n{3,}/g, '\n\n')
  .trim()}\n`;
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, css);
console.log(`${relative(root, output)}: ${(Buffer.byteLength(css) / 1024).toFixed(1)} kB`);
