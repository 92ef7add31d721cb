/**
 * A fresh assignment id: 10 base-36 characters (about 51 bits) from the browser's CSPRNG, so
 * two instructors' assignments never collide by chance. Not a secret: it travels in the link.
 */
export function newAssignmentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}
