/**
 * Certificate verification codes: the first 40 bits of a receipt's checksum in Crockford
 * base 32, written XXXX-XXXX. Short enough to read aloud and type; an instructor types it into
 * the roster, which shows the receipt it came from. It is only as trustworthy as that receipt.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The verification code for a receipt checksum (64 hex digits). */
export function certificateCode(checksumHex: string): string {
  let bits = BigInt(`0x${checksumHex.slice(0, 10).padEnd(10, '0')}`);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/**
 * A typed code in its canonical form, or null. Forgiving like Crockford's scheme: any case,
 * spaces and dashes anywhere, O read as 0, I and L read as 1.
 */
export function normalizeCertificateCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== 8 || [...plain].some((ch) => !ALPHABET.includes(ch))) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}
