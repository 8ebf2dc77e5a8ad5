/** The lowest version `range` admits, such as `5.80.0`. Throws on a range it does not understand. */
export function lowerBound(range: string): string;
