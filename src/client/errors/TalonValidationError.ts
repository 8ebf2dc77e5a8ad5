import { TalonError } from './TalonError.js';

/** One thing wrong with a request or response, at a path such as `body.cartItems[0].price`. */
export interface TalonValidationIssue {
  path: string;
  message: string;
}

/** A request failed its schema before it was sent, or a response did not match the spec. */
export class TalonValidationError extends TalonError {
  /** `request`: nothing was sent. `response`: the server answered with something the spec does not allow. */
  readonly target: 'request' | 'response';
  readonly issues: TalonValidationIssue[];

  constructor(operation: string, target: 'request' | 'response', issues: TalonValidationIssue[]) {
    const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    super(operation, `${operation}: invalid ${target}: ${list}`);
    this.target = target;
    this.issues = issues;
  }
}
