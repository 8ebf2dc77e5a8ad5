import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const trackEventV2: OperationHandler<'trackEventV2'> = () => {
  throw new SandboxError(501, 'trackEventV2 is not simulated yet');
};
