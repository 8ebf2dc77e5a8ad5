import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const updateAudienceV2: OperationHandler<'updateAudienceV2'> = () => {
  throw new SandboxError(501, 'updateAudienceV2 is not simulated yet');
};
