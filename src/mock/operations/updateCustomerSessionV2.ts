import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const updateCustomerSessionV2: OperationHandler<'updateCustomerSessionV2'> = () => {
  throw new SandboxError(501, 'updateCustomerSessionV2 is not simulated yet');
};
