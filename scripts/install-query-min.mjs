// Installs the lowest @tanstack/react-query that the peer range allows (the `>=` or `^` version in package.json's
// peerDependencies) into .cache/query-min (git-ignored), outside the project's node_modules, for
// `npm run test:query-min`. Peers are not installed there: react resolves from the project, so one React runs.
// Skips the install when that version is already there.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const prefix = fileURLToPath(new URL('.cache/query-min/', root));
const range = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).peerDependencies['@tanstack/react-query'];
const version = /^(?:\^|>=)\s*(\d+\.\d+\.\d+)/.exec(range)?.[1];
if (!version) throw new Error(`install-query-min: no lower bound in the peer range "${range}"`);

const installedVersion = () => {
  try {
    return JSON.parse(readFileSync(`${prefix}node_modules/@tanstack/react-query/package.json`, 'utf8')).version;
  } catch {
    return undefined;
  }
};

if (installedVersion() === version) {
  console.log(`@tanstack/react-query ${version} already in .cache/query-min`);
} else {
  rmSync(prefix, { recursive: true, force: true });
  const args = ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund'];
  const result = spawnSync(
    'npm',
    [...args, '--ignore-scripts', '--legacy-peer-deps', `@tanstack/react-query@${version}`],
    { stdio: 'inherit', shell: process.platform === 'win32' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`Installed @tanstack/react-query ${installedVersion()} in .cache/query-min`);
}
