// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as operations from '../../src/client/operations/index.js';
import { createTalonSandbox, type TalonSandbox } from '../../src/mock/createTalonSandbox.js';
import type { CatalogAction } from '../../src/schemas/CatalogAction.js';
import type { SandboxSeed } from '../../src/mock/SandboxSeed.js';

const now = '2026-01-15T12:00:00.000Z';
const later = '2026-01-15T13:00:00.000Z';

const seed: SandboxSeed = {
  applicationId: 5,
  accountId: 9,
  catalogs: [
    {
      id: 3,
      name: 'shoes',
      description: 'All the shoes',
      items: [
        { sku: 'S40', price: 80, attributes: { size: 40, color: 'blue', type: 'shoes' }, product: { name: 'Runner' } },
        { sku: 'S44', price: 90, attributes: { size: 44, color: 'red', type: 'shoes' } },
        { sku: 'S45', price: 95, attributes: { size: '45', color: 'blue', type: 'shoes' } },
        { sku: 'S47', price: 99, attributes: { size: 47, color: 'green', type: 'boots' } },
        { sku: 'SOCK', price: 5, attributes: { color: 'blue', type: 'socks' } },
      ],
    },
  ],
};

const sandboxAt = () => createTalonSandbox(seed, { now });
const sync = (sandbox: TalonSandbox, actions: CatalogAction[], version?: number) =>
  z.parse(
    operations.syncCatalog.output!,
    sandbox.call('syncCatalog', { catalogId: 3, body: { actions, ...(version === undefined ? {} : { version }) } }),
  );
const items = (sandbox: TalonSandbox) => sandbox.state.catalogs.get(3)!.items;
const skus = (sandbox: TalonSandbox) => [...items(sandbox).keys()].sort();

function expectRefused(
  sandbox: TalonSandbox,
  actions: CatalogAction[],
  status: number,
  pointer?: string,
  text?: RegExp,
) {
  const before = sandbox.snapshot();
  expect(() => sandbox.call('syncCatalog', { catalogId: 3, body: { actions } })).toThrow(
    expect.objectContaining({
      status,
      ...(text ? { message: expect.stringMatching(text) } : {}),
      ...(pointer
        ? { body: expect.objectContaining({ errors: [expect.objectContaining({ source: { pointer } })] }) }
        : {}),
    }),
  );
  expect(sandbox.snapshot()).toEqual(before);
}

const removeMany = (filters: unknown[]): CatalogAction[] => [{ type: 'REMOVE_MANY', payload: { filters } }];

describe('syncCatalog', () => {
  it('answers the catalog with its version incremented and modified updated', () => {
    const sandbox = sandboxAt();
    sandbox.clock.set(later);
    const catalog = sync(sandbox, [{ type: 'ADD', payload: { sku: 'NEW', price: 10 } }]);
    expect(catalog).toEqual({
      id: 3,
      created: now,
      accountId: 9,
      modified: later,
      name: 'shoes',
      description: 'All the shoes',
      subscribedApplicationsIds: [5],
      version: 2,
      createdBy: 1,
    });
    expect(sync(sandbox, [{ type: 'REMOVE', payload: { sku: 'NEW' } }]).version).toBe(3);
  });

  it('answers 404 for an unknown catalog', () => {
    const sandbox = sandboxAt();
    const before = sandbox.snapshot();
    expect(() =>
      sandbox.call('syncCatalog', { catalogId: 99, body: { actions: [{ type: 'REMOVE', payload: { sku: 'S40' } }] } }),
    ).toThrow(expect.objectContaining({ status: 404, message: expect.stringContaining('catalog 99') }));
    expect(sandbox.snapshot()).toEqual(before);
  });

  describe('ADD', () => {
    it('adds items with price, attributes and product', () => {
      const sandbox = sandboxAt();
      sync(sandbox, [
        {
          type: 'ADD',
          payload: { sku: 'A1', price: 100, attributes: { color: 'Navy blue' }, product: { name: 'sneakers' } },
        },
        { type: 'ADD', payload: { sku: 'A2' } },
      ]);
      expect(items(sandbox).get('A1')).toMatchObject({
        sku: 'A1',
        price: 100,
        attributes: { color: 'Navy blue' },
        product: { name: 'sneakers' },
      });
      expect(items(sandbox).get('A2')).toMatchObject({ sku: 'A2' });
      expect(items(sandbox).get('A1')!.id).not.toBe(items(sandbox).get('A2')!.id);
    });

    it('refuses an existing SKU unless replaceIfExists, which replaces the item', () => {
      const sandbox = sandboxAt();
      expectRefused(
        sandbox,
        [
          { type: 'ADD', payload: { sku: 'NEW' } },
          { type: 'ADD', payload: { sku: 'S40', price: 1 } },
        ],
        400,
        '/actions/1/payload/sku',
        /S40.*already exists.*replaceIfExists/,
      );
      const id = items(sandbox).get('S40')!.id;
      sync(sandbox, [
        { type: 'ADD', payload: { sku: 'S40', price: 70, attributes: { size: 41 }, replaceIfExists: true } },
      ]);
      expect(items(sandbox).get('S40')).toEqual({ id, sku: 'S40', price: 70, attributes: { size: 41 } });
    });

    it('refuses a missing SKU, a non-numeric price and a non-boolean flag, naming the field', () => {
      const sandbox = sandboxAt();
      expectRefused(sandbox, [{ type: 'ADD', payload: { price: 1 } }], 400, '/actions/0/payload/sku', /sku/);
      expectRefused(sandbox, [{ type: 'ADD', payload: { sku: 'X', price: '1' } }], 400, '/actions/0/payload/price');
      expectRefused(
        sandbox,
        [{ type: 'ADD', payload: { sku: 'S40', replaceIfExists: 'yes' } }],
        400,
        '/actions/0/payload/replaceIfExists',
      );
      expectRefused(
        sandbox,
        [{ type: 'ADD', payload: { sku: 'X', attributes: [] } }],
        400,
        '/actions/0/payload/attributes',
      );
    });
  });

  describe('PATCH', () => {
    it('merges attributes, keeps the price when none is given and clears the product when none is given', () => {
      const sandbox = sandboxAt();
      sync(sandbox, [{ type: 'PATCH', payload: { sku: 'S40', attributes: { color: 'black', age: 11 } } }]);
      expect(items(sandbox).get('S40')).toMatchObject({
        sku: 'S40',
        price: 80,
        attributes: { size: 40, color: 'black', type: 'shoes', age: 11 },
      });
      expect(items(sandbox).get('S40')).not.toHaveProperty('product');
      sync(sandbox, [{ type: 'PATCH', payload: { sku: 'S44', price: 85, product: { name: 'Walker' } } }]);
      expect(items(sandbox).get('S44')).toMatchObject({ price: 85, product: { name: 'Walker' } });
    });

    it('refuses a missing SKU unless createIfNotExists, which creates it', () => {
      const sandbox = sandboxAt();
      expectRefused(
        sandbox,
        [
          { type: 'PATCH', payload: { sku: 'S40', price: 1 } },
          { type: 'PATCH', payload: { sku: 'GHOST', attributes: { a: 1 } } },
        ],
        400,
        '/actions/1/payload/sku',
        /GHOST.*createIfNotExists/,
      );
      expectRefused(
        sandbox,
        [{ type: 'PATCH', payload: { sku: 'GHOST', createIfNotExists: false } }],
        400,
        '/actions/0/payload/sku',
      );
      sync(sandbox, [
        { type: 'PATCH', payload: { sku: 'GHOST', price: 3, attributes: { a: 1 }, createIfNotExists: true } },
      ]);
      expect(items(sandbox).get('GHOST')).toMatchObject({ sku: 'GHOST', price: 3, attributes: { a: 1 } });
    });
  });

  describe('PATCH_MANY', () => {
    it('patches the items that match every filter', () => {
      const sandbox = sandboxAt();
      sync(sandbox, [
        {
          type: 'PATCH_MANY',
          payload: {
            attributes: { color: 'red', sale: true },
            filters: [
              { attr: 'color', op: 'EQ', value: 'blue' },
              { attr: 'type', op: 'EQ', value: 'shoes' },
            ],
          },
        },
      ]);
      expect(items(sandbox).get('S40')?.attributes).toEqual({ size: 40, color: 'red', type: 'shoes', sale: true });
      expect(items(sandbox).get('S45')?.attributes).toMatchObject({ color: 'red', sale: true });
      expect(items(sandbox).get('SOCK')?.attributes).toEqual({ color: 'blue', type: 'socks' });
      expect(items(sandbox).get('S44')?.attributes).not.toHaveProperty('sale');
    });

    it('patches every item without filters, and can set the price', () => {
      const sandbox = sandboxAt();
      sync(sandbox, [{ type: 'PATCH_MANY', payload: { price: 1, attributes: { archived: false } } }]);
      for (const item of items(sandbox).values())
        expect(item).toMatchObject({ price: 1, attributes: { archived: false } });
    });
  });

  describe('REMOVE', () => {
    it('removes items by SKU; a SKU the catalog lacks changes nothing', () => {
      const sandbox = sandboxAt();
      sync(sandbox, [
        { type: 'REMOVE', payload: { sku: 'S40' } },
        { type: 'REMOVE', payload: { sku: 'NOPE' } },
      ]);
      expect(skus(sandbox)).toEqual(['S44', 'S45', 'S47', 'SOCK']);
    });
  });

  describe('REMOVE_MANY and the filter operators', () => {
    const cases: Array<[string, unknown[], string[]]> = [
      ['EQ on a string', [{ attr: 'color', op: 'EQ', value: 'blue' }], ['S44', 'S47']],
      ['EQ on a number, given as a string', [{ attr: 'size', op: 'EQ', value: '45' }], ['S40', 'S44', 'S47', 'SOCK']],
      ['LT', [{ attr: 'size', op: 'LT', value: 45 }], ['S45', 'S47', 'SOCK']],
      ['LE', [{ attr: 'size', op: 'LE', value: '45' }], ['S47', 'SOCK']],
      [
        'GT (Talon.One example: sizes above 45)',
        [{ attr: 'size', op: 'GT', value: '45' }],
        ['S40', 'S44', 'S45', 'SOCK'],
      ],
      ['GE', [{ attr: 'size', op: 'GE', value: 44 }], ['S40', 'SOCK']],
      ['IN with comma-separated values', [{ attr: 'color', op: 'IN', value: 'red, green' }], ['S40', 'S45', 'SOCK']],
      ['IN with numbers', [{ attr: 'size', op: 'IN', value: '40,47' }], ['S44', 'S45', 'SOCK']],
      [
        'several filters, joined by AND',
        [
          { attr: 'color', op: 'EQ', value: 'blue' },
          { attr: 'size', op: 'GE', value: 41 },
        ],
        ['S40', 'S44', 'S47', 'SOCK'],
      ],
      ['no filters: every item', [], []],
    ];
    it.each(cases)('%s', (_name, filters, remaining) => {
      const sandbox = sandboxAt();
      sync(sandbox, removeMany(filters));
      expect(skus(sandbox)).toEqual(remaining);
    });

    it('refuses a non-numeric value with LT, LE, GT and GE, naming it', () => {
      const sandbox = sandboxAt();
      for (const op of ['LT', 'LE', 'GT', 'GE']) {
        expectRefused(
          sandbox,
          removeMany([
            { attr: 'color', op: 'EQ', value: 'blue' },
            { attr: 'size', op, value: 'large' },
          ]),
          400,
          '/actions/0/payload/filters/1/value',
          new RegExp(`${op}.*numbers`),
        );
      }
    });

    it('refuses an unknown operator, a missing attribute name and malformed filters', () => {
      const sandbox = sandboxAt();
      expectRefused(
        sandbox,
        removeMany([{ attr: 'size', op: 'NE', value: 1 }]),
        400,
        '/actions/0/payload/filters/0/op',
      );
      expectRefused(sandbox, removeMany([{ op: 'EQ', value: 1 }]), 400, '/actions/0/payload/filters/0/attr');
      expectRefused(sandbox, removeMany([{ attr: 'size', op: 'EQ' }]), 400, '/actions/0/payload/filters/0/value');
      expectRefused(
        sandbox,
        [{ type: 'REMOVE_MANY', payload: { filters: 'size>4' } }],
        400,
        '/actions/0/payload/filters',
      );
    });
  });

  describe('refused requests', () => {
    it('refuses mixed action types, naming the first action of another type', () => {
      const sandbox = sandboxAt();
      expectRefused(
        sandbox,
        [
          { type: 'ADD', payload: { sku: 'A' } },
          { type: 'ADD', payload: { sku: 'B' } },
          { type: 'REMOVE', payload: { sku: 'S40' } },
        ],
        400,
        '/actions/2/type',
        /one type of action/,
      );
    });

    it.each(['ADD', 'PATCH', 'REMOVE'] as const)('refuses duplicate SKUs in one %s request', (type) => {
      const sandbox = sandboxAt();
      expectRefused(
        sandbox,
        [
          { type, payload: { sku: 'S44', createIfNotExists: true, replaceIfExists: true } },
          { type, payload: { sku: 'S44', createIfNotExists: true, replaceIfExists: true } },
        ],
        400,
        '/actions/1/payload/sku',
        /S44.*more than once/,
      );
    });

    it('accepts 1000 items and refuses 1001', () => {
      const sandbox = sandboxAt();
      const adds = (n: number): CatalogAction[] =>
        Array.from({ length: n }, (_, i) => ({ type: 'ADD', payload: { sku: `bulk-${i}`, price: i } }));
      expectRefused(sandbox, adds(1001), 400, '/actions');
      sync(sandbox, adds(1000));
      expect(items(sandbox).size).toBe(1005);
    });

    it('refuses a version that is not the current one', () => {
      const sandbox = sandboxAt();
      const before = sandbox.snapshot();
      expect(() => sync(sandbox, [{ type: 'REMOVE', payload: { sku: 'S40' } }], 7)).toThrow(
        expect.objectContaining({ status: 400, message: expect.stringContaining('version 7') }),
      );
      expect(sandbox.snapshot()).toEqual(before);
      expect(sync(sandbox, [{ type: 'REMOVE', payload: { sku: 'S40' } }], 1).version).toBe(2);
    });

    it('does not simulate price adjustments (501)', () => {
      const sandbox = sandboxAt();
      expectRefused(sandbox, [{ type: 'ADD_PRICE_ADJUSTMENT', payload: { sku: 'S40' } }], 501);
    });
  });
});
