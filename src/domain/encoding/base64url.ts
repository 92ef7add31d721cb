/**
 * Base64url (RFC 4648 §5, no padding) for UTF-8 text. Decoding is strict: any character outside
 * the alphabet, an impossible length or non-zero spare bits is rejected instead of being silently
 * "fixed", so a damaged link or receipt code never half-decodes. The codec is @scure/base
 * (audited, dependency-free); this file only turns its exceptions into `null`.
 */
import { base64urlnopad } from '@scure/base';

/** Encodes bytes as unpadded base64url. */
export function bytesToBase64url(bytes: Uint8Array): string {
  return base64urlnopad.encode(bytes);
}

/** Decodes unpadded base64url; null for anything that is not exactly that. */
export function base64urlToBytes(text: string): Uint8Array | null {
  try {
    return base64urlnopad.decode(text);
  } catch {
    return null;
  }
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
