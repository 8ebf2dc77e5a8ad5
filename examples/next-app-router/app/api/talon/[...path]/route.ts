// The Talon.One proxy as a route handler: the browser's kit calls /api/talon/v1/..., the proxy decides what the
// signed-in shopper may do and calls Talon.One with the API key.
import { talonProxy } from '../../../../lib/talon';

export { talonProxy as DELETE, talonProxy as GET, talonProxy as POST, talonProxy as PUT };
