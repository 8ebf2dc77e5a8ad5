import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const updateCustomerProfileV2: OperationHandler<'updateCustomerProfileV2'> = () => {
  throw new SandboxError(501, 'updateCustomerProfileV2 is not simulated yet');
};
