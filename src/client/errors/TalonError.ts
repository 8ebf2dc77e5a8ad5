/** The base of every error the kit throws: `instanceof TalonError` catches them all. */
export class TalonError extends Error {
  /** The operationId of the call that failed, such as `getLoyaltyBalances`. */
  readonly operation: string;

  constructor(operation: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.operation = operation;
  }
}
