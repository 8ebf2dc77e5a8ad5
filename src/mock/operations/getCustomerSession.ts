import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const getCustomerSession: OperationHandler<'getCustomerSession'> = () => {
  throw new SandboxError(501, 'getCustomerSession is not simulated yet');
};
