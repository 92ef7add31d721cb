/**
 * Site-wide settings an organization may change when it hosts the course. The crisis line lives
 * here ONLY, so a non-US host changes one string (988 and 911 are US numbers).
 */
export const site = {
  /** Shown in the header and document titles. */
  courseName: 'Peer Support Values',
  /** The crisis-resources line shown in the footer and on every safety-touching screen. */
  crisisLine: 'In the US, call or text 988. If someone is in immediate danger, call 911.',
} as const;
