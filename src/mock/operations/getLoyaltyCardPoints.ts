import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const getLoyaltyCardPoints: OperationHandler<'getLoyaltyCardPoints'> = () => {
  throw new SandboxError(501, 'getLoyaltyCardPoints is not simulated yet');
};
