import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const createCouponReservation: OperationHandler<'createCouponReservation'> = () => {
  throw new SandboxError(501, 'createCouponReservation is not simulated yet');
};
