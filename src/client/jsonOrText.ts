/**
 * An answer's body as the kit reads it, in the client and in the proxy alike: the JSON value when the text is JSON,
 * else the text itself (an HTML error page of a gateway, say), so that errors always carry what was said.
 */
export function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
