// Where test:examples runs the apps: a copy outside the repository, so that Node and the bundlers resolve only what
// the app installed (inside the repository they would also find the kit's own node_modules, msw included, by walking
// up). The copy keeps its node_modules from run to run; everything else is the app's files as they are in examples/.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

/** What an app's build, install or run writes, and so never copied from examples/. */
const generated = new Set(['node_modules', '.next', 'dist', 'build', 'talon-react.tgz', 'next-env.d.ts']);

/** The folder the apps run in: EXAMPLES_WORKDIR, or talon-react-examples in the system's temporary folder. */
export function workRoot(repository) {
  const dir = resolve(process.env.EXAMPLES_WORKDIR ?? join(tmpdir(), 'talon-react-examples'));
  if (!relative(repository, dir).startsWith('..')) {
    throw new Error(`EXAMPLES_WORKDIR (${dir}) must be outside the repository, or the apps would resolve its packages`);
  }
  for (let parent = dirname(dir); parent !== dirname(parent); parent = dirname(parent)) {
    if (existsSync(join(parent, 'node_modules'))) {
      throw new Error(`${parent} has a node_modules folder that the apps in ${dir} would resolve packages from`);
    }
  }
  return dir;
}

/** Copies an app into `target`, replacing what an earlier run copied and keeping its installed node_modules. */
export function copyApp(source, target) {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(target)) {
    if (entry !== 'node_modules') rmSync(join(target, entry), { recursive: true, force: true });
  }
  for (const entry of readdirSync(source)) {
    if (!generated.has(entry)) cpSync(join(source, entry), join(target, entry), { recursive: true });
  }
  return target;
}
