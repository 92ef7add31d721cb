/**
 * What marks a text as a completion receipt, apart from the code that makes or reads one: the
 * `format` of a receipt's JSON and the shape of a receipt code. The backup reader uses them to
 * say "this is a receipt, not a backup" and stays light: the receipt code itself hashes and
 * scores (receipt.ts), and would add about 11 KB to the "My progress" page for that one check.
 */

/** The `format` field every receipt carries. */
export const RECEIPT_FORMAT = 'psv-receipt';

/** A receipt code anywhere in a text: the prefix, then base64url up to the first other character. */
const CODE = /PSVR\d+\.[A-Za-z0-9_-]*/gi;

/**
 * Every receipt code in a text, in order: codes may sit under a receipt file's lines, inside an
 * email or chat message, or several to a paste. A code ends at the first character outside
 * base64url, so line endings (LF or CRLF), spaces, tabs and punctuation around it never join it.
 * A code broken across lines (some email programs wrap long lines) is not mended: it reads as a
 * damaged code, and the roster says so.
 *
 * Two codes in one text are two receipts (an instructor may gather several trainees' codes into
 * one file): the roster reads each, and counts the very same receipt twice as one duplicate.
 */
export function findReceiptCodes(text: string): string[] {
  return text.match(CODE) ?? [];
}
