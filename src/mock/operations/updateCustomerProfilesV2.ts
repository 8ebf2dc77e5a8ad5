import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const updateCustomerProfilesV2: OperationHandler<'updateCustomerProfilesV2'> = () => {
  throw new SandboxError(501, 'updateCustomerProfilesV2 is not simulated yet');
};
