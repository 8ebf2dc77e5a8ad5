import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const reopenCustomerSession: OperationHandler<'reopenCustomerSession'> = () => {
  throw new SandboxError(501, 'reopenCustomerSession is not simulated yet');
};
