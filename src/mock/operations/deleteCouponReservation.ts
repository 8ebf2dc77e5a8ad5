import { SandboxError } from '../SandboxError.js';
import type { OperationHandler } from './OperationHandler.js';

export const deleteCouponReservation: OperationHandler<'deleteCouponReservation'> = () => {
  throw new SandboxError(501, 'deleteCouponReservation is not simulated yet');
};
