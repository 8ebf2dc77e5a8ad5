// What a bundler checks when an app builds the kit: every value the kit imports from @tanstack/react-query is exported
// by the version that runs. (Under `npm run test:query-min` that is the peer range's lower bound: 5.24, say, has no
// `skipToken`, and an app on it fails to build.)
import * as reactQuery from '@tanstack/react-query';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const srcDir = join(__dirname, '../../src');
const valueImports = new Set<string>();
for (const file of readdirSync(srcDir, { recursive: true }) as string[]) {
  if (!/\.tsx?$/.test(file)) continue;
  const source = readFileSync(join(srcDir, file), 'utf8');
  for (const [, names] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@tanstack\/react-query'/g)) {
    for (const name of names!.split(',').map((part) => part.trim())) {
      if (name && !name.startsWith('type ')) valueImports.add(name.split(/\s+as\s+/)[0]!);
    }
  }
}

it('finds the kit’s imports', () => {
  expect([...valueImports]).toEqual(expect.arrayContaining(['skipToken', 'queryOptions', 'useQuery', 'useMutation']));
});

it('exports every value the kit imports', () => {
  const missing = [...valueImports].filter((name) => !(name in reactQuery));
  expect(missing).toEqual([]);
});
