import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const getLoyaltyProgramProfileTransactions: OperationHandler<'getLoyaltyProgramProfileTransactions'> = () => {
  throw new SandboxError(501, 'getLoyaltyProgramProfileTransactions is not simulated yet');
};
