// `talon-react/mock/msw`: the sandbox behind MSW request handlers, for `msw/node` and `msw/browser`. The only entry
// that needs msw (an optional peer): `talon-react/mock` loads without it.
export { talonHandlers, type TalonHandlersOptions } from './talonHandlers.js';
