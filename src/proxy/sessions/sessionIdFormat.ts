import { fromBase64url, toBase64url } from './base64url.js';

const encoder = new TextEncoder();

/** `s1.<nonce>.<tag>`: 16 random bytes and an HMAC-SHA-256 tag, both base64url. 70 characters. */
const minted = /^s1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

export const nonceBytes = 16;

/** What the tag signs: the nonce (fixed length, no dots) and then the shopper, so neither can be shifted. */
export const signedText = (nonce: string, shopperId: string) => encoder.encode(`s1.${nonce}.${shopperId}`);

export const formatSessionId = (nonce: string, tag: string) => `s1.${nonce}.${tag}`;

/**
 * The nonce and tag of an ID that has the minted shape, or undefined for any other ID. The tag's text must be the one
 * encoding of its bytes (its last character carries two unused bits): one minted ID, one string.
 */
export function parseSessionId(customerSessionId: string): { nonce: string; tag: Uint8Array<ArrayBuffer> } | undefined {
  const match = minted.exec(customerSessionId);
  if (!match?.[1] || !match[2]) return undefined;
  const tag = fromBase64url(match[2]);
  return toBase64url(tag) === match[2] ? { nonce: match[1], tag } : undefined;
}
