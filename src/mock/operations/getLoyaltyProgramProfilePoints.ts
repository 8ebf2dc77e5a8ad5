import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const getLoyaltyProgramProfilePoints: OperationHandler<'getLoyaltyProgramProfilePoints'> = () => {
  throw new SandboxError(501, 'getLoyaltyProgramProfilePoints is not simulated yet');
};
