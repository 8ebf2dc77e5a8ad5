export { createTalonClient, type TalonClient } from './createTalonClient.js';
export {
  createTalonTransport,
  type RequestOptions,
  type TalonClientOptions,
  type TalonTransport,
} from './createTalonTransport.js';
export { defineOperation, type Operation, type OperationInput, type OperationOutput } from './defineOperation.js';
export { TalonApiError } from './errors/TalonApiError.js';
export { TalonError } from './errors/TalonError.js';
export { TalonNetworkError } from './errors/TalonNetworkError.js';
export { TalonValidationError, type TalonValidationIssue } from './errors/TalonValidationError.js';
export * from './operations/index.js';
export { routes, type OperationId, type Route } from './routes.js';
