/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` fields left out. The same data
 * always gives the same text, whatever order it was built or parsed in, so checksums over it
 * are stable across browsers and across a save-and-load round trip.
 */

/** Serialises JSON-compatible data canonically. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
