import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const createReferralsForMultipleAdvocates: OperationHandler<'createReferralsForMultipleAdvocates'> = () => {
  throw new SandboxError(501, 'createReferralsForMultipleAdvocates is not simulated yet');
};
