// Setup file of `npm run test:query-min` only (vitest.query-min.config.ts): fails every test file unless the
// @tanstack/react-query that runs is the lower bound of the peer range, so the job cannot pass on the dev install.
import { QueryClient } from '@tanstack/react-query';
import queryPackage from '@tanstack/react-query/package.json' with { type: 'json' };
import kitPackage from '../../package.json' with { type: 'json' };

const floor = /\d+\.\d+\.\d+/.exec(kitPackage.peerDependencies['@tanstack/react-query'])?.[0];
if (queryPackage.version !== floor) {
  throw new Error(`test:query-min runs @tanstack/react-query ${queryPackage.version}, not the peer range's ${floor}`);
}
if (!new QueryClient().getDefaultOptions()) throw new Error('test:query-min: @tanstack/react-query did not load');
