/** The header's value, if it looks like an IPv4 or IPv6 address (anything else is no address at all). */
export function plausibleIp(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text && text.length <= 64 && /^[\d.]+$|^\[?[\da-f:.]*:[\da-f:.]*\]?$/i.test(text) ? text : null;
}
