import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const getLoyaltyCardBalances: OperationHandler<'getLoyaltyCardBalances'> = () => {
  throw new SandboxError(501, 'getLoyaltyCardBalances is not simulated yet');
};
