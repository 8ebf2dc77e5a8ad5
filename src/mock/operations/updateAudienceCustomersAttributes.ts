import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const updateAudienceCustomersAttributes: OperationHandler<'updateAudienceCustomersAttributes'> = () => {
  throw new SandboxError(501, 'updateAudienceCustomersAttributes is not simulated yet');
};
