// React Server Components: a module that uses hooks or context must say 'use client', and one that does not must
// not say it, so that a server component can call `createTalonClient` and the `...QueryOptions` to prefetch. The
// sandbox (src/mock), the proxy (src/proxy) and their shared server code (src/server) never use React, whatever their
// names look like (the sandbox's own `createContext`), so none of them says it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const srcDir = join(__dirname, '../src');
const allFiles = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => join(srcDir, file));
const serverDirs = new Set(['mock', 'proxy', 'server']);
const isServerSide = (file: string) => serverDirs.has(relative(srcDir, file).split(sep)[0] ?? '');
const files = allFiles.filter((file) => !isServerSide(file));
const serverFiles = allFiles.filter(isServerSide);

const usesReact = (source: string) => /\b(use[A-Z]\w*|createContext)\s*[<(]/.test(source);
// The components entry and every component module are client modules, hooks or not: a Server Component renders them
// as client references.
const isComponentModule = (file: string) => {
  const path = relative(srcDir, file).split(sep);
  return path[0] === 'components' && (file.endsWith('.tsx') || path.join('/') === 'components/index.ts');
};
const needsDirective = (file: string, source: string) => isComponentModule(file) || usesReact(source);
const isClientModule = (source: string) => source.startsWith("'use client';");

describe("'use client'", () => {
  it('is on every module that uses React, and on no other', () => {
    const wrong = files.filter((file) => {
      const source = readFileSync(file, 'utf8');
      return isClientModule(source) !== needsDirective(file, source);
    });
    expect(wrong.map((file) => relative(srcDir, file))).toEqual([]);
  });

  it('covers the provider, the hooks and their cores', () => {
    const clientModules = files.filter((file) => isClientModule(readFileSync(file, 'utf8')));
    expect(clientModules.map((file) => relative(srcDir, file))).toEqual(
      expect.arrayContaining([
        'react/TalonProvider.tsx',
        'react/TalonContext.ts',
        'react/hooks/useLoyaltyBalances.ts',
        'react/core/useTalonMutation.ts',
        'components/index.ts',
        'components/CouponWallet/CouponWallet.tsx',
      ]),
    );
  });
});

describe("'use client' in the sandbox, the proxy and their server code", () => {
  it('is on no module of src/mock, src/proxy or src/server', () => {
    expect(serverFiles.map((file) => relative(srcDir, file))).toEqual(
      expect.arrayContaining([
        join('mock', 'index.ts'),
        join('mock', 'talonHandlers.ts'),
        join('proxy', 'index.ts'),
        join('proxy', 'createTalonProxy.ts'),
        join('server', 'decodeInput.ts'),
      ]),
    );
    const wrong = serverFiles.filter((file) => /^\s*(['"])use client\1/m.test(readFileSync(file, 'utf8')));
    expect(wrong.map((file) => relative(srcDir, file))).toEqual([]);
  });
});
