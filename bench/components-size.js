// size-limit's entry for "all of talon-react/components and its CSS, on top of the core entry": everything the core
// entry and the components entry export (as namespaces, so nothing is tree-shaken), plus styles.css. Subtract the
// size of "the whole talon-react entry" for the components' own cost.
export * as core from '../dist/index.js';
export * as components from '../dist/components/index.js';
import '../dist/styles.css';
