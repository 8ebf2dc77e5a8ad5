// Installs React 18 for `npm run test:react18` into .cache/react18 (git-ignored), outside the project's node_modules,
// so that the dev install keeps React 19. Skips the install when React 18 is already there.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const prefix = fileURLToPath(new URL('../.cache/react18/', import.meta.url));
const packages = ['react', 'react-dom'];

const installedVersion = (name) => {
  try {
    return JSON.parse(readFileSync(`${prefix}node_modules/${name}/package.json`, 'utf8')).version;
  } catch {
    return undefined;
  }
};

const versions = packages.map(installedVersion);
if (versions.every((version) => version?.startsWith('18.') && version === versions[0])) {
  console.log(`React ${versions[0]} already in .cache/react18`);
} else {
  rmSync(prefix, { recursive: true, force: true });
  const args = ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund'];
  const result = spawnSync('npm', [...args, '--ignore-scripts', ...packages.map((name) => `${name}@18`)], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`Installed React ${installedVersion('react')} in .cache/react18`);
}
