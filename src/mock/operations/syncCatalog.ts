import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const syncCatalog: OperationHandler<'syncCatalog'> = () => {
  throw new SandboxError(501, 'syncCatalog is not simulated yet');
};
