/**
 * A path or query parameter that cannot be decoded (bad percent-encoding, a body or path name in the query). Each
 * server turns it into its own 400: the sandbox into Talon.One's error body, the proxy likewise.
 */
export class ParameterError extends Error {
  override readonly name = 'ParameterError';
  /** The parameter's name, as in Talon.One's `source.parameter`. */
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(message);
    this.parameter = parameter;
  }
}
