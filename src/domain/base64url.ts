/**
 * Base64url (RFC 4648 §5, no padding) for UTF-8 text, written out so that decoding is strict:
 * any character outside the alphabet, an impossible length or non-zero spare bits is rejected
 * instead of being silently "fixed", so a damaged link or receipt code never half-decodes.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** Encodes bytes as unpadded base64url. */
export function bytesToBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += ALPHABET[(n >>> (18 - 6 * j)) & 63];
  }
  return out;
}

/** Decodes unpadded base64url; null for anything that is not exactly that. */
export function base64urlToBytes(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let buffer = 0;
  let o = 0;
  for (const ch of text) {
    const v = VALUE.get(ch);
    if (v === undefined) return null;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >>> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, or two different texts would decode to the same bytes.
  return (buffer & ((1 << bits) - 1)) === 0 ? out : null;
}

/** Encodes text (as UTF-8) in base64url. */
export function textToBase64url(text: string): string {
  return bytesToBase64url(new TextEncoder().encode(text));
}

/** Decodes base64url to text; null when it is not base64url or not valid UTF-8. */
export function base64urlToText(code: string): string | null {
  const bytes = base64urlToBytes(code);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
