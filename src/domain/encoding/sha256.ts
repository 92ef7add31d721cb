/**
 * SHA-256, pure and synchronous (the Web Crypto digest is async and absent in some LMS frames),
 * from @noble/hashes (audited, tree-shakeable). There is no secret anywhere in this course, so a
 * checksum detects accidental damage and naive edits, never deliberate forgery.
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The SHA-256 digest of some bytes (32 bytes). */
export function sha256(bytes: Uint8Array): Uint8Array {
  return nobleSha256(bytes);
}

/** The SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(nobleSha256(utf8ToBytes(text)));
}
