import { TalonProxyRefusal } from '../TalonProxyRefusal.js';

/**
 * Refuses (403) the first field of `object` that is not in `allowed`: a body is forwarded only with the fields a
 * shopper may choose, and one the proxy does not know (Talon.One may one day) is not among them.
 */
export function refuseFields(
  object: Readonly<Record<string, unknown>>,
  allowed: ReadonlySet<string>,
  pointer: string,
  why: string,
): void {
  for (const field of Object.keys(object)) {
    if (allowed.has(field) || object[field] === undefined) continue;
    throw new TalonProxyRefusal(403, `${field} is not for the browser to set: ${why}`, {
      pointer: `${pointer}/${field}`,
    });
  }
}
