import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const createAudienceV2: OperationHandler<'createAudienceV2'> = () => {
  throw new SandboxError(501, 'createAudienceV2 is not simulated yet');
};
