import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const deleteAudienceV2: OperationHandler<'deleteAudienceV2'> = () => {
  throw new SandboxError(501, 'deleteAudienceV2 is not simulated yet');
};
