import { sumDecimals } from '../../src/effects/sumDecimals.js';

describe('sumDecimals', () => {
  it('is 0 for no values', () => {
    expect(sumDecimals([])).toBe(0);
  });

  it('adds decimals without float drift', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimals([0.1, 0.2])).toBe(0.3);
    expect(sumDecimals([5.1, 0.7, 1.1, 4.99, 1.4])).toBe(13.29);
  });

  it('keeps the precision the values have, rounding to no assumed number of decimals', () => {
    expect(sumDecimals([1500, 300, 45])).toBe(1845);
    expect(sumDecimals([1.005, 2.005, 0.125])).toBe(3.135);
    expect(sumDecimals([0.0001, 0.0002])).toBe(0.0003);
  });

  it('subtracts negative values exactly, with no negative zero', () => {
    expect(sumDecimals([13.29, -10.79])).toBe(2.5);
    expect(sumDecimals([-5.1, -0.7])).toBe(-5.8);
    expect(Object.is(sumDecimals([0.3, -0.1, -0.2]), 0)).toBe(true);
  });

  it('reads values that print with an exponent', () => {
    expect(sumDecimals([1e-7, 2e-7])).toBe(3e-7);
    expect(sumDecimals([1.5e-7, 0.5])).toBe(0.50000015);
    expect(sumDecimals([1e21, 1e21])).toBe(2e21);
  });

  it('falls back to the float sum for values that are not finite', () => {
    expect(sumDecimals([1, Number.NaN])).toBeNaN();
    expect(sumDecimals([1, Number.POSITIVE_INFINITY])).toBe(Number.POSITIVE_INFINITY);
  });

  it('takes any iterable', () => {
    expect(sumDecimals(new Set([0.1, 0.2]))).toBe(0.3);
  });
});
