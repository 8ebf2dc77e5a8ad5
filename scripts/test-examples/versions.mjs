// The lowest version a semver range admits, for the ranges package.json peers use: `^5.80.0`, `>=5.80 <6`,
// `~5.80.1`, `5.80.0`, `^5.80.0 || ^6` (the lowest of the alternatives). Wildcards and pre-releases are refused.

// A comparator that sets a lower bound; upper bounds (`<6`, `<=6`) do not match.
const lowerComparator = /^(?:\^|~|>=|=)?v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/;
const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** The lowest version `range` admits, such as `5.80.0`. Throws on a range it does not understand. */
export function lowerBound(range) {
  const lows = range.split('||').map((alternative) => {
    const bounds = alternative
      .trim()
      .split(/\s+/)
      .map((comparator) => lowerComparator.exec(comparator))
      .filter(Boolean)
      .map(([, major, minor = '0', patch = '0']) => [Number(major), Number(minor), Number(patch)]);
    if (bounds.length === 0) throw new Error(`cannot find the lower bound of "${alternative.trim()}" in "${range}"`);
    return bounds.sort(compare).at(-1);
  });
  return lows.sort(compare)[0].join('.');
}
