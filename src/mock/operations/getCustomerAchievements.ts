import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const getCustomerAchievements: OperationHandler<'getCustomerAchievements'> = () => {
  throw new SandboxError(501, 'getCustomerAchievements is not simulated yet');
};
