import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const deleteCustomerData: OperationHandler<'deleteCustomerData'> = () => {
  throw new SandboxError(501, 'deleteCustomerData is not simulated yet');
};
