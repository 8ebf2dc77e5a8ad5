// A page showing CouponWallet without a cart (an account page) must not ship the customer session's code: the
// wallet takes the cart from the app (`cart={useSessionCoupons(cartId)}`) and imports only its types.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '../..');

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((path) =>
    existsSync(path),
  );
}

/** The relative imports a module evaluates: `import type` and `export type` are erased, so they do not count. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    const typeOnly = ts.isImportDeclaration(statement)
      ? statement.importClause?.isTypeOnly === true
      : ts.isExportDeclaration(statement)
        ? statement.isTypeOnly
        : undefined;
    if (typeOnly !== false) return [];
    const specifier = (statement as ts.ImportDeclaration | ts.ExportDeclaration).moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return [];
    const target = resolveImport(file, specifier.text);
    if (!target) throw new Error(`${relative(root, file)}: cannot resolve ${specifier.text}`);
    return [target];
  });
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    valueImports(file).forEach(visit);
  };
  visit(entry);
  return new Set([...seen].map((file) => relative(root, file).split('\\').join('/')));
}

describe('CouponWallet’s modules', () => {
  const graph = reachable(join(root, 'src/components/CouponWallet/CouponWallet.tsx'));

  it('reach the inventory read', () => {
    expect(graph).toContain('src/client/operations/getCustomerInventory.ts');
  });

  it('reach no customer session operation, nor summarizeEffects', () => {
    const session = [
      'src/client/operations/updateCustomerSessionV2.ts',
      'src/client/operations/getCustomerSession.ts',
      'src/effects/summarizeEffects.ts',
      'src/react/cart/useSessionCoupons.ts',
    ];
    expect(session.filter((file) => graph.has(file))).toEqual([]);
  });
});
