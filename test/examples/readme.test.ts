// @vitest-environment node
// The README's Next.js and Vite recipes are the example apps' own files, which `npm run test:examples` type-checks,
// builds and drives in Chromium: a recipe block names its file (```tsx examples/...) and must be that file, as it is.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const recipes = [...readme.matchAll(/^```\w+ (examples\/\S+)\n([\s\S]*?)^```$/gm)].map(([, path = '', code]) => ({
  path,
  code,
}));

describe("the README's recipes", () => {
  it('come from both example apps', () => {
    const paths = recipes.map((recipe) => recipe.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'examples/next-app-router/app/api/talon/[...path]/route.ts',
        'examples/next-app-router/app/page.tsx',
        'examples/next-app-router/app/providers.tsx',
        'examples/vite-react18/server/index.ts',
        'examples/vite-react18/src/main.tsx',
      ]),
    );
  });

  it.each(recipes)('$path is the file as the example has it', ({ path, code }) => {
    expect(existsSync(join(root, path))).toBe(true);
    expect(code).toBe(readFileSync(join(root, path), 'utf8'));
  });
});
