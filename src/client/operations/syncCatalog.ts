import { defineOperation } from '../defineOperation.js';
import { id } from '../params.js';
import { CatalogSchema } from '../../schemas/Catalog.js';
import { CatalogSyncRequestSchema } from '../../schemas/CatalogSyncRequest.js';

/** Sync cart item catalog: `PUT /v1/catalogs/{catalogId}/sync`. */
export const syncCatalog = defineOperation('syncCatalog', {
  input: {
    catalogId: id,
    body: CatalogSyncRequestSchema,
  },
  output: CatalogSchema,
});
