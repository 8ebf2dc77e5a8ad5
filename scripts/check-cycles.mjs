#!/usr/bin/env node
// `npm run lint` runs this: fails on any import cycle between the modules of src/, and between its folders (a folder
// imports another when one of its files does). Type-only imports count too: a cycle of types is still a tangle of
// modules, and it turns into a runtime one with the first value imported along it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(existsSync);
}

const graph = new Map(
  files(src).map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map(({ fileName }) => resolveImport(file, fileName)).filter(Boolean);
    return [file, new Set(targets)];
  }),
);

// Tarjan's strongly connected components: every component of more than one node (or a node importing itself) is a cycle.
function cycles(edges) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), indices.get(next)));
    }
    if (low.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || edges.get(node)?.has(node)) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!indices.has(node)) visit(node);
  return found;
}

// Folders: a file importing across folders makes the two folders below their common parent depend on each other
// (mock/domain on mock/campaigns, react on components). A parent and its own subfolder may use each other: an index
// re-exports its subfolders, and their files use the parent's shared modules.
const folders = new Map();
for (const [file, targets] of graph) {
  for (const target of targets) {
    const from = relative(src, dirname(file)).split(sep);
    const to = relative(src, dirname(target)).split(sep);
    let common = 0;
    while (common < from.length && common < to.length && from[common] === to[common]) common++;
    if (common === from.length || common === to.length) continue;
    const a = join(src, ...from.slice(0, common + 1));
    const b = join(src, ...to.slice(0, common + 1));
    if (!folders.has(a)) folders.set(a, new Set());
    folders.get(a).add(b);
  }
}

// Folder cycles found when this check came in, each in another engineer's area: fixed there, then deleted here (a
// listed cycle that is gone fails the check too, so this list only shrinks).
const pending = [];

const name = (path) => relative(root, path) || '.';
const within = (folder, prefixes) => prefixes.some((p) => folder === p || folder.startsWith(`${p}/`));
const used = new Set();
const folderCycles = cycles(folders)
  .map((cycle) => cycle.map(name))
  .filter((cycle) => {
    const excuse = pending.find(({ folders }) => cycle.every((folder) => within(folder, folders)));
    if (excuse) used.add(excuse);
    return !excuse;
  });
const problems = [
  ...cycles(graph).map((c) => `modules import each other: ${c.map(name).join(', ')}`),
  ...folderCycles.map((c) => `folders import each other: ${c.join(', ')}`),
  ...pending
    .filter((entry) => !used.has(entry))
    .map(({ folders }) => `no cycle left in ${folders.join(' + ')}: delete its entry from pending in this script`),
];
for (const entry of used) console.warn(`pending import cycle in ${entry.folders.join(' + ')}: ${entry.why}`);
if (problems.length) {
  console.error(`Import cycles in src/:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`no import cycles among ${graph.size} modules and their folders in src/`);
