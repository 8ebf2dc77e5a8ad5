const decimalNumber = /^(-?\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The sum of `values` as the decimals they print as, converted to a float once.
 *
 * Amounts arrive as JSON decimals in their currency's own precision (none for JPY, three for KWD), so
 * rounding to cents would be wrong, and adding floats drifts (`0.1 + 0.2` is `0.30000000000000004`).
 * `String(value)` is the shortest decimal that reads back as that float, so summing those digits exactly
 * (as a BigInt of units of the finest decimal place seen) gives the sum the numbers were written to mean.
 */
export function sumDecimals(values: Iterable<number>): number {
  let units = 0n;
  let decimals = 0;
  let floatSum = 0;
  let exact = true;
  for (const value of values) {
    floatSum += value;
    const match = exact && typeof value === 'number' ? decimalNumber.exec(String(value)) : null;
    if (!match) {
      // NaN, Infinity or a non-number: nothing exact to do, so let the float sum say what it says.
      exact = false;
      continue;
    }
    const [, whole = '0', fraction = '', exponent = '0'] = match;
    const places = fraction.length - Number(exponent);
    if (places > decimals) {
      units *= 10n ** BigInt(places - decimals);
      decimals = places;
    }
    units += BigInt(whole + fraction) * 10n ** BigInt(decimals - places);
  }
  return exact ? Number(`${units}e-${decimals}`) : floatSum;
}
