import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const getCustomerInventory: OperationHandler<'getCustomerInventory'> = () => {
  throw new SandboxError(501, 'getCustomerInventory is not simulated yet');
};
