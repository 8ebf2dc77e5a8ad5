import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const getCustomerAchievementHistory: OperationHandler<'getCustomerAchievementHistory'> = () => {
  throw new SandboxError(501, 'getCustomerAchievementHistory is not simulated yet');
};
