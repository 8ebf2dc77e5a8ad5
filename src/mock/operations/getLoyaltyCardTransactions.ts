import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const getLoyaltyCardTransactions: OperationHandler<'getLoyaltyCardTransactions'> = () => {
  throw new SandboxError(501, 'getLoyaltyCardTransactions is not simulated yet');
};
