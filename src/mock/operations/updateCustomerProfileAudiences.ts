import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const updateCustomerProfileAudiences: OperationHandler<'updateCustomerProfileAudiences'> = () => {
  throw new SandboxError(501, 'updateCustomerProfileAudiences is not simulated yet');
};
