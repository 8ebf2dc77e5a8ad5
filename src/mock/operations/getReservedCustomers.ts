import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const getReservedCustomers: OperationHandler<'getReservedCustomers'> = () => {
  throw new SandboxError(501, 'getReservedCustomers is not simulated yet');
};
