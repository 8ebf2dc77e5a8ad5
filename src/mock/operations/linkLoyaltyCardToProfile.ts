import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const linkLoyaltyCardToProfile: OperationHandler<'linkLoyaltyCardToProfile'> = () => {
  throw new SandboxError(501, 'linkLoyaltyCardToProfile is not simulated yet');
};
