import { catalogView, syncCatalogItems } from '../domain/catalogs.js';
import type { OperationHandler } from './OperationHandler.js';

/** Adds, patches or removes catalog items (one action type per request) and answers the catalog. 404 if unknown. */
export const syncCatalog: OperationHandler<'syncCatalog'> = (context, { catalogId, body }) =>
  catalogView(context, syncCatalogItems(context, catalogId, body));
