// Helpers for the stories: the sandbox behind them, and handlers for the loading, error and empty states.
export { BASE_PATH, sandboxHandlers, withSandbox } from './sandbox.js';
export { emptyHandlers, errorHandlers, loadingHandlers, malformedHandlers } from './states.js';
export { maxWidth } from './decorators.js';
export { emptyStory, errorStory, loadingStory } from './stateStories.js';
export { demo } from 'talon-react/mock';
