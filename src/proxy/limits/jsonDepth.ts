/** How deeply a request body's JSON may nest: a cart is 6 levels deep; thousands would overflow the stack later. */
export const maxJsonDepth = 32;

/**
 * Whether JSON text nests objects and arrays deeper than `max`, found by scanning the text once, before it is parsed:
 * parsing, validating and serializing a value are recursive, and a small body of 5,000 `[` would exhaust the stack.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > max) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}
