// Commands and installs for test:examples: quiet while they work, their output's end when they fail.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const verbose = !!process.env.VERBOSE;

/** The environment without Talon.One's settings, so an app uses its own (the embedded sandbox), as on a fresh machine. */
export function cleanEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TALON_')));
  return { ...env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs a command to its end; rejects with the end of its output when it fails. Resolves to its output. */
export function run(command, args, { cwd, env = cleanEnv(), timeout = 600_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      if (verbose) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGTERM'), timeout);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(output);
      const tail = output.trimEnd().split('\n').slice(-40).join('\n');
      reject(
        new Error(
          `${command} ${args.join(' ')} ${signal ? `was stopped (${signal})` : `exited with ${code}`}\n${tail}`,
        ),
      );
    });
  });
}

const tarText = (tarball, file) => {
  const result = spawnSync('tar', ['-xzOf', tarball, `package/${file}`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tarball} has no ${file}`);
  return result.stdout;
};

const lockEntryFields = ['version', 'license', 'dependencies', 'engines', 'peerDependencies', 'peerDependenciesMeta'];

/**
 * Installs the kit's tarball into an app as `talon-react.tgz` beside its package.json (`"talon-react":
 * "file:talon-react.tgz"`), the way a user installs a package file. With `lockfile` (the app's committed
 * package-lock.json): `npm ci` on a fresh copy; the lockfile's talon-react entry carries no integrity, so every
 * tarball installs and npm's cache never serves an older one under the same version. Without: `npm install
 * --no-package-lock`. Checks that what got installed is this tarball, and that the lockfile still says what the
 * kit's package.json says (`update`: writes it back instead, for `npm run test:examples -- --update-lockfiles`).
 */
export async function installTarball(dir, tarball, { lockfile, update = false }) {
  copyFileSync(tarball, join(dir, 'talon-react.tgz'));
  const path = join(dir, 'package-lock.json');
  const committed = lockfile && existsSync(path) ? readFileSync(path, 'utf8') : '';
  const flags = ['--no-audit', '--no-fund', '--prefer-offline'];
  const modules = join(dir, 'node_modules');
  // npm keeps a file: dependency whose version did not change: take the old one out first.
  rmSync(join(modules, 'talon-react'), { recursive: true, force: true });
  // npm also keeps the lockfile's record of its dependencies: an update records the tarball's afresh.
  if (update && existsSync(path)) {
    const stale = JSON.parse(readFileSync(path, 'utf8'));
    delete stale.packages?.['node_modules/talon-react'];
    writeFileSync(path, `${JSON.stringify(stale, null, 2)}\n`);
  }
  if (!lockfile) await run('npm', ['install', '--no-package-lock', ...flags], { cwd: dir });
  else if (existsSync(modules) || update) await run('npm', ['install', ...flags], { cwd: dir });
  else await run('npm', ['ci', ...flags], { cwd: dir });

  const installed = join(modules, 'talon-react');
  if (lstatSync(installed).isSymbolicLink())
    throw new Error('node_modules/talon-react is a link, not the installed tarball');
  for (const file of ['package.json', 'dist/index.js']) {
    if (readFileSync(join(installed, file), 'utf8') !== tarText(tarball, file)) {
      throw new Error(`node_modules/talon-react/${file} is not the tarball's: npm installed another copy`);
    }
  }
  if (!lockfile) return;

  const lock = JSON.parse(readFileSync(path, 'utf8'));
  const entry = lock.packages?.['node_modules/talon-react'] ?? {};
  delete entry.integrity;
  const text = `${JSON.stringify(lock, null, 2)}\n`;
  if (update) return text;
  const kit = JSON.parse(tarText(tarball, 'package.json'));
  const stale = lockEntryFields.filter((field) => JSON.stringify(entry[field]) !== JSON.stringify(kit[field]));
  if (stale.length || text !== committed) {
    throw new Error(
      `the app's package-lock.json is out of date${stale.length ? ` (talon-react's ${stale.join(', ')})` : ''}: ` +
        'run `npm run test:examples -- --update-lockfiles` and commit the lockfiles',
    );
  }
}
