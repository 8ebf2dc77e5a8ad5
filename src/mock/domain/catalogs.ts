import type { Catalog } from '../../schemas/Catalog.js';
import type { CatalogSyncRequest } from '../../schemas/CatalogSyncRequest.js';
import type { SandboxCatalogItem } from '../SandboxSeed.js';
import type { SandboxContext } from '../SandboxContext.js';
import { badRequest, notFound, SandboxError } from '../SandboxError.js';
import { isRecord } from '../../server/isRecord.js';
import type { CatalogRecord } from '../SandboxState.js';

/** An item of a catalog as the sandbox keeps it. */
export type CatalogItemRecord = SandboxCatalogItem & { readonly id: number };

type Payload = Readonly<Record<string, unknown>>;
type FilterOperator = 'EQ' | 'LT' | 'LE' | 'GT' | 'GE' | 'IN';

interface Filter {
  readonly attr: string;
  readonly op: FilterOperator;
  readonly value: unknown;
}

const operators: readonly FilterOperator[] = ['EQ', 'LT', 'LE', 'GT', 'GE', 'IN'];
const maxItems = 1000;

/** The catalog's record; 404 for an unknown catalog. */
function getCatalog(context: SandboxContext, catalogId: number): CatalogRecord {
  const catalog = context.state.catalogs.get(catalogId);
  if (!catalog) throw notFound(`catalog ${catalogId}`);
  return catalog;
}

/** The catalog as the API shows it (without its items, as Talon.One does). */
export function catalogView(context: SandboxContext, catalog: CatalogRecord): Catalog {
  return {
    id: catalog.id,
    created: catalog.created,
    accountId: context.state.accountId,
    modified: catalog.modified,
    name: catalog.name,
    description: catalog.description,
    subscribedApplicationsIds: [context.state.applicationId],
    version: catalog.version,
    // The sandbox has no users: every catalog is the account owner's (user 1).
    createdBy: 1,
  };
}

/** The item with this SKU in the lowest-numbered catalog that has one (to enrich cart items). */
export function findCatalogItem(context: SandboxContext, sku: string): CatalogItemRecord | undefined {
  const catalogs = [...context.state.catalogs.values()].sort((a, b) => a.id - b.id);
  for (const catalog of catalogs) {
    const item = catalog.items.get(sku);
    if (item) return item;
  }
  return undefined;
}

function readSku(payload: Payload, pointer: string): string {
  const { sku } = payload;
  if (typeof sku !== 'string' || sku === '') throw badRequest('sku is required: a non-empty string', `${pointer}/sku`);
  return sku;
}

function readPrice(payload: Payload, pointer: string): number | undefined {
  const { price } = payload;
  if (price === undefined || price === null) return undefined;
  if (typeof price !== 'number' || !Number.isFinite(price)) {
    throw badRequest('price must be a number', `${pointer}/price`);
  }
  return price;
}

function readAttributes(payload: Payload, pointer: string): Record<string, unknown> | undefined {
  const { attributes } = payload;
  if (attributes === undefined || attributes === null) return undefined;
  if (!isRecord(attributes)) throw badRequest('attributes must be an object', `${pointer}/attributes`);
  return attributes;
}

function readProduct(payload: Payload, pointer: string): { name: string } | undefined {
  const { product } = payload;
  if (product === undefined || product === null) return undefined;
  if (!isRecord(product) || typeof product.name !== 'string') {
    throw badRequest('product must be an object with a string name', `${pointer}/product`);
  }
  return { name: product.name };
}

function readFlag(payload: Payload, name: string, pointer: string): boolean {
  const value = payload[name];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw badRequest(`${name} must be a boolean`, `${pointer}/${name}`);
  return value;
}

/** A number, or a string that holds one (`"45"`, as in Talon.One's own example); else undefined. */
function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

function readFilters(payload: Payload, pointer: string): Filter[] {
  const { filters } = payload;
  if (filters === undefined || filters === null) return [];
  if (!Array.isArray(filters)) throw badRequest('filters must be an array', `${pointer}/filters`);
  return filters.map((filter: unknown, index) => {
    const at = `${pointer}/filters/${index}`;
    if (!isRecord(filter)) throw badRequest('a filter must be an object with attr, op and value', at);
    const { attr, op, value } = filter;
    if (typeof attr !== 'string' || attr === '') throw badRequest('attr is required: a non-empty string', `${at}/attr`);
    if (typeof op !== 'string' || !operators.includes(op as FilterOperator)) {
      throw badRequest(`op must be one of ${operators.join(', ')}`, `${at}/op`);
    }
    if (value === undefined || value === null || isRecord(value)) {
      throw badRequest('value is required: a string, number or boolean', `${at}/value`);
    }
    if (op !== 'EQ' && op !== 'IN' && toNumber(value) === undefined) {
      throw badRequest(`${op} compares numbers only, but value is ${JSON.stringify(value)}`, `${at}/value`);
    }
    return { attr, op: op as FilterOperator, value };
  });
}

function inList(value: unknown): string[] {
  const parts = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return parts.map((part) => part.trim());
}

function matches(item: CatalogItemRecord, filter: Filter): boolean {
  const actual = item.attributes?.[filter.attr];
  if (actual === undefined || actual === null) return false;
  switch (filter.op) {
    case 'EQ': {
      const [a, b] = [toNumber(actual), toNumber(filter.value)];
      return a !== undefined && b !== undefined ? a === b : String(actual) === String(filter.value);
    }
    case 'IN':
      return inList(filter.value).includes(String(actual));
    default: {
      // Only numeric attributes take part in a comparison; the filter's value was checked numeric already.
      const a = toNumber(actual);
      const b = toNumber(filter.value) as number;
      if (a === undefined) return false;
      if (filter.op === 'LT') return a < b;
      if (filter.op === 'LE') return a <= b;
      if (filter.op === 'GT') return a > b;
      return a >= b;
    }
  }
}

function newItem(
  id: number,
  sku: string,
  price: number | undefined,
  attributes: Record<string, unknown> | undefined,
  product: { name: string } | undefined,
): CatalogItemRecord {
  return {
    id,
    sku,
    ...(price === undefined ? {} : { price }),
    ...(attributes === undefined ? {} : { attributes }),
    ...(product === undefined ? {} : { product }),
  };
}

/**
 * Applies a sync request to the catalog: every action of one type (ADD, PATCH, PATCH_MANY, REMOVE, REMOVE_MANY), at
 * most 1000, each SKU at most once. Bumps the version and `modified`. Refuses the whole request (400 naming the
 * action's field) when any action cannot apply.
 */
export function syncCatalogItems(
  context: SandboxContext,
  catalogId: number,
  request: CatalogSyncRequest,
): CatalogRecord {
  const catalog = getCatalog(context, catalogId);
  const { actions } = request;
  if (actions.length > maxItems) {
    throw badRequest(
      `actions holds ${actions.length} actions; at most ${maxItems} are allowed per request`,
      '/actions',
    );
  }
  if (request.version !== undefined && request.version !== catalog.version) {
    throw badRequest(
      `version ${request.version} does not match the catalog's current version ${catalog.version}`,
      '/version',
    );
  }
  const type = actions[0]?.type;
  actions.forEach((action, index) => {
    if (action.type !== type) {
      throw badRequest(
        `Only one type of action is allowed per sync request: actions/0 is ${type}, actions/${index} is ${action.type}`,
        `/actions/${index}/type`,
      );
    }
  });
  if (type === 'ADD_PRICE_ADJUSTMENT')
    throw new SandboxError(501, 'ADD_PRICE_ADJUSTMENT is not simulated by the sandbox');

  const items = new Map(catalog.items);
  const seen = new Set<string>();
  const once = (sku: string, pointer: string) => {
    if (seen.has(sku)) throw badRequest(`SKU "${sku}" appears more than once in this request`, `${pointer}/sku`);
    seen.add(sku);
  };
  const selected = (filters: Filter[]) =>
    [...items.values()].filter((item) => filters.every((filter) => matches(item, filter)));

  actions.forEach(({ payload }, index) => {
    const pointer = `/actions/${index}/payload`;
    switch (type) {
      case 'ADD': {
        const sku = readSku(payload, pointer);
        once(sku, pointer);
        const existing = items.get(sku);
        if (existing && !readFlag(payload, 'replaceIfExists', pointer)) {
          throw badRequest(
            `An item with SKU "${sku}" already exists in catalog ${catalogId}; set replaceIfExists to true to replace it`,
            `${pointer}/sku`,
          );
        }
        const id = existing?.id ?? context.nextId('catalogItem');
        items.set(
          sku,
          newItem(
            id,
            sku,
            readPrice(payload, pointer),
            readAttributes(payload, pointer),
            readProduct(payload, pointer),
          ),
        );
        break;
      }
      case 'PATCH': {
        const sku = readSku(payload, pointer);
        once(sku, pointer);
        const existing = items.get(sku);
        const price = readPrice(payload, pointer);
        const attributes = readAttributes(payload, pointer);
        const product = readProduct(payload, pointer);
        if (!existing) {
          if (!readFlag(payload, 'createIfNotExists', pointer)) {
            throw badRequest(
              `No item with SKU "${sku}" in catalog ${catalogId}; set createIfNotExists to true to create it`,
              `${pointer}/sku`,
            );
          }
          items.set(sku, newItem(context.nextId('catalogItem'), sku, price, attributes, product));
        } else {
          // As Talon.One: a missing price keeps the old one, a missing product clears it, attributes merge.
          items.set(
            sku,
            newItem(existing.id, sku, price ?? existing.price, { ...existing.attributes, ...attributes }, product),
          );
        }
        break;
      }
      case 'PATCH_MANY': {
        const price = readPrice(payload, pointer);
        const attributes = readAttributes(payload, pointer);
        for (const item of selected(readFilters(payload, pointer))) {
          items.set(item.sku, {
            ...item,
            ...(price === undefined ? {} : { price }),
            ...(attributes === undefined ? {} : { attributes: { ...item.attributes, ...attributes } }),
          });
        }
        break;
      }
      case 'REMOVE': {
        const sku = readSku(payload, pointer);
        once(sku, pointer);
        // Removing a SKU the catalog does not hold leaves it as it is: the outcome the request asks for.
        items.delete(sku);
        break;
      }
      case 'REMOVE_MANY':
        for (const item of selected(readFilters(payload, pointer))) items.delete(item.sku);
        break;
    }
  });
  return context.state.catalogs.set(catalogId, {
    ...catalog,
    items,
    version: catalog.version + 1,
    modified: context.now,
  });
}
