// `npm run check:types`: compiles test/published/consumer.tsx, an app's use of the kit, against the published
// declarations in dist/ (run `npm run build` first) with skipLibCheck off. With a folder argument, the types of
// @tanstack/react-query and @tanstack/query-core come from that folder's node_modules instead of the project's:
// `npm run test:query-min` checks the lowest supported version that way.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist', 'index.d.ts'))) {
  console.error('check-types: dist/ has no declarations; run `npm run build` first.');
  process.exit(1);
}

let project = join(root, 'test', 'published', 'tsconfig.json');
const queryPrefix = process.argv[2];
if (queryPrefix) {
  // `paths` applies to every file of the program, dist/'s declarations included, so they all see this version.
  const dir = resolve(root, queryPrefix);
  // Each to the declarations its `exports` give an ES module import, as an app's bundler resolution finds them.
  const paths = Object.fromEntries(
    ['react-query', 'query-core'].map((name) => {
      const packageDir = join(dir, 'node_modules', '@tanstack', name);
      const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
      const types = pkg.exports?.['.']?.import?.types ?? pkg.types;
      return [`@tanstack/${name}`, [`./${relative(dir, join(packageDir, types))}`]];
    }),
  );
  project = join(dir, 'tsconfig.published.json');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    project,
    JSON.stringify(
      {
        extends: relative(dir, join(root, 'test', 'published', 'tsconfig.json')),
        compilerOptions: { paths },
        files: [relative(dir, join(root, 'test', 'published', 'consumer.tsx'))],
      },
      null,
      2,
    ),
  );
}

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const result = spawnSync(process.execPath, [tsc, '-p', project, '--listFilesOnly'], { encoding: 'utf8' });
const queryTypes = result.stdout.split('\n').find((file) => /@tanstack\/react-query\/.*index\.d\.ts$/.test(file));
const queryPackage = queryTypes && join(queryTypes.slice(0, queryTypes.lastIndexOf('/build/')), 'package.json');
const queryVersion = queryPackage ? JSON.parse(readFileSync(queryPackage, 'utf8')).version : 'not found';
console.log(
  `check-types: dist/ with @tanstack/react-query ${queryVersion} (${relative(root, queryTypes ?? '')}), skipLibCheck off`,
);
const check = spawnSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
process.exit(check.status ?? 1);
