// @vitest-environment node
// test:examples type-checks a consumer against the lowest @tanstack/react-query the kit's peer range admits: the
// bound it reads from package.json.
import pkg from '../../package.json';
import { lowerBound } from '../../scripts/test-examples/versions.mjs';

describe('lowerBound', () => {
  it.each([
    ['^5.0.0', '5.0.0'],
    ['^5.80.0', '5.80.0'],
    ['^5', '5.0.0'],
    ['~5.80.1', '5.80.1'],
    ['5.80.0', '5.80.0'],
    ['>=5.80 <6', '5.80.0'],
    ['>=5.80.0 >=5.81.2', '5.81.2'],
    ['^6 || ^5.81.2', '5.81.2'],
    ['^5.9.0 || ^5.10.0', '5.9.0'],
  ])('of %s is %s', (range, bound) => {
    expect(lowerBound(range)).toBe(bound);
  });

  it('refuses what it cannot read, rather than testing some other version', () => {
    expect(() => lowerBound('*')).toThrow('cannot find the lower bound of "*"');
    expect(() => lowerBound('<6')).toThrow();
  });

  it("reads the kit's @tanstack/react-query peer range", () => {
    expect(lowerBound(pkg.peerDependencies['@tanstack/react-query'])).toMatch(/^5\.\d+\.\d+$/);
  });
});
