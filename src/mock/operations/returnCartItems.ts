import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const returnCartItems: OperationHandler<'returnCartItems'> = () => {
  throw new SandboxError(501, 'returnCartItems is not simulated yet');
};
