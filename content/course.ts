/**
 * The course manifest: the ONE place that says what the course contains and in what order.
 * Folder numbers must follow this order; the content check fails the build if they drift. Every
 * first visit loads it (home lists every module), so it holds only what home and the pages around
 * it show; each lesson's reflection prompt is in reflection-prompts.ts.
 *
 * ⚠ Module ids are PERMANENT: saved progress, receipts and LMS data refer to them.
 */
import type { CourseManifest } from '../src/domain/content/content-types';

/** A module-specific note: what its scenarios touch, then the same reassurance. */
const note = (what: string) =>
  `Some scenarios in this module ${what}. They are written to practice safe responses. Take a break whenever you need one.`;

const DISTRESS_NOTE =
  'Some scenarios in this module mention suicide, overdose, abuse or violence. They are written to practice safe responses. Take a break whenever you need one.';

export const course = {
  id: 'peer-support-values',
  version: '2.0.0',
  title: 'Peer Support Values',
  passMark: 80,
  modules: [
    {
      id: 'voluntary',
      folder: '01-voluntary',
      title: 'Voluntary',
      summary: 'Support is offered, never forced: people choose whether and how to take part.',
      contentNote: DISTRESS_NOTE,
      minutes: 12,
    },
    {
      id: 'hopeful',
      folder: '02-hopeful',
      title: 'Hopeful',
      summary: 'Believe recovery is possible for everyone, and let your own life show it.',
      contentNote: DISTRESS_NOTE,
      minutes: 12,
    },
    {
      id: 'open-minded',
      folder: '03-open-minded',
      title: 'Open-minded',
      summary: 'Set your own path aside and meet people where they are, without judgment.',
      minutes: 12,
      contentNote: note("show a person in acute mental health distress, a peer worker's own cravings, and pressure from courts or parole"),
    },
    {
      id: 'empathetic',
      folder: '04-empathetic',
      title: 'Empathetic',
      summary: 'Listen for feelings and meaning; use your experience as a bridge, not a claim.',
      contentNote: DISTRESS_NOTE,
      minutes: 12,
    },
    {
      id: 'respectful',
      folder: '05-respectful',
      title: 'Respectful',
      summary: 'Honor each person’s dignity, culture, choices and boundaries, and keep your own.',
      minutes: 12,
      contentNote: note('include a threat of violence against another person'),
    },
    {
      id: 'facilitates-change',
      folder: '06-facilitates-change',
      title: 'Facilitates change',
      summary: 'Help people set their own goals and connect to what they need, without taking over.',
      contentNote: DISTRESS_NOTE,
      minutes: 12,
    },
    {
      id: 'honest-and-direct',
      folder: '07-honest-and-direct',
      title: 'Honest and direct',
      summary: 'Speak plainly and kindly, and be clear about what you can keep private and what you cannot.',
      contentNote: DISTRESS_NOTE,
      minutes: 13,
    },
    {
      id: 'mutual-and-reciprocal',
      folder: '08-mutual-and-reciprocal',
      title: 'Mutual and reciprocal',
      summary: 'Both people learn and give; share your story on purpose, and keep the focus on them.',
      minutes: 12,
      contentNote: note("include a peer worker's own cravings, grief after a death, and court matters"),
    },
    {
      id: 'equally-shared-power',
      folder: '09-equally-shared-power',
      title: 'Equally shared power',
      summary: 'Decide together, and make sure the person’s voice leads their own recovery.',
      contentNote: DISTRESS_NOTE,
      minutes: 12,
    },
    {
      id: 'strengths-focused',
      folder: '10-strengths-focused',
      title: 'Strengths-focused',
      summary: 'Look for what is strong, not just what is wrong, and build from there.',
      contentNote: DISTRESS_NOTE,
      minutes: 12,
    },
  ],
  review: {
    id: 'review',
    folder: 'review',
    title: 'Course review',
    contentNote: DISTRESS_NOTE,
  },
} satisfies CourseManifest;
