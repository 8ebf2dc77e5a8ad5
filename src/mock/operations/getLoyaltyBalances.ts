import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const getLoyaltyBalances: OperationHandler<'getLoyaltyBalances'> = () => {
  throw new SandboxError(501, 'getLoyaltyBalances is not simulated yet');
};
