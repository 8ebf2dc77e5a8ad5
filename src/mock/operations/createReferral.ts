import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const createReferral: OperationHandler<'createReferral'> = () => {
  throw new SandboxError(501, 'createReferral is not simulated yet');
};
