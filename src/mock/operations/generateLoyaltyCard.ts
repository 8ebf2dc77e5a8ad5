import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const generateLoyaltyCard: OperationHandler<'generateLoyaltyCard'> = () => {
  throw new SandboxError(501, 'generateLoyaltyCard is not simulated yet');
};
