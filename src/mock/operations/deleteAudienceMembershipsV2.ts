import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const deleteAudienceMembershipsV2: OperationHandler<'deleteAudienceMembershipsV2'> = () => {
  throw new SandboxError(501, 'deleteAudienceMembershipsV2 is not simulated yet');
};
