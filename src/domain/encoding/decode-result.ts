/**
 * The result of decoding untrusted input. Decoders return one of these for ANY input and never
 * throw, so a hostile link or file can only ever produce a typed, explained error.
 */

/** A typed decoding error with a message written for the person who has to act on it. */
export interface DecodeError<Code extends string> {
  /** Machine-readable reason, for tests and branching. */
  code: Code;
  /** Plain-language explanation. */
  message: string;
}

/** Either a decoded value or a typed error. */
export type Decoded<T, Code extends string> = { ok: true; value: T } | { ok: false; error: DecodeError<Code> };

/** Builds a failed result. */
export function fail<Code extends string>(code: Code, message: string): { ok: false; error: DecodeError<Code> } {
  return { ok: false, error: { code, message } };
}
