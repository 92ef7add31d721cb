/**
 * The safety rule each trigger follows, as a reviewer checks it: the rule's number in the content
 * brief's section 3 and what the keyed answer must include (docs/authoring.md, "What each trigger's
 * key must include"). The review packet prints these beside every safety-tagged item.
 */
import type { SafetyTag } from '../content/content-types';

/** One rule, as printed for a reviewer. */
export interface SafetyRule {
  /** Where the rule is: "§3.1 S1" (escalation triggers) or "§3.2" (stay-in-role). */
  ref: string;
  /** What the keyed answer must include. */
  keyMust: string;
}

/** Every escalation trigger's key also brings someone in per protocol and documents. */
const ESCALATE = 'bring in a supervisor, crisis or clinical staff, 911/988 or security per protocol, and document what happened';

/** The rule for each trigger. */
export const SAFETY_RULES: Record<SafetyTag, SafetyRule> = {
  'suicide-risk': {
    ref: '§3.1 S1',
    keyMust: `stay with the person; ask directly and calmly about suicide; tell them honestly what you are doing; a warm connection to 988 (call, text or chat; Veterans press 1); 911 if danger is imminent; ${ESCALATE}`,
  },
  'overdose-medical': {
    ref: '§3.1 S2',
    keyMust: `call 911 or the site's emergency code; naloxone if trained and available; stay until help arrives; ${ESCALATE}`,
  },
  violence: {
    ref: '§3.1 S3',
    keyMust: `make yourself and others safe first; alert the supervisor or security; follow the organization's duty-to-warn or duty-to-protect policy (rules vary by state); never keep it confidential or confront alone; ${ESCALATE}`,
  },
  'abuse-neglect': {
    ref: '§3.1 S4',
    keyMust: `report per policy and state law through your supervisor; tell the person honestly that you must, when it is safe to; never investigate or confront the person accused; ${ESCALATE}`,
  },
  'partner-violence': {
    ref: '§3.1 S5',
    keyMust: `immediate safety; the person's options; an offer to connect them with a domestic violence advocate or hotline; never pressure them to leave now or confront the partner; ${ESCALATE}`,
  },
  psychosis: {
    ref: '§3.1 S6',
    keyMust: `stay calm and with the person; do not argue with their beliefs; the crisis or mobile team per protocol; ${ESCALATE}`,
  },
  'minor-at-risk': {
    ref: '§3.1 S7',
    keyMust: `everything the other triggers require, plus the program's youth consent and guardian-notification policy; ${ESCALATE}`,
  },
  'remote-risk': {
    ref: '§3.1 S8',
    keyMust: `confirm location and a callback number; a warm or three-way transfer while you stay on the line; never "hang up and call 988 yourself"; ${ESCALATE}`,
  },
  'medication-diagnosis': {
    ref: '§3.2 medication, diagnosis',
    keyMust: 'support plus a referral within your role: the prescriber or a clinician; never advice on starting, stopping or dosing',
  },
  'role-limits': {
    ref: '§3.2 sponsor, lender, monitor or friend',
    keyMust:
      'decline kindly and say why, in line with the code; be open about anything you must report; take role conflicts to your supervisor',
  },
  legal: {
    ref: '§3.2 legal advice',
    keyMust: 'support plus a referral within your role: a lawyer, legal aid, an advocate or your supervisor',
  },
  'own-distress': {
    ref: '§3.2 own distress or return to use',
    keyMust: 'keep your own recovery first: tell your supervisor and use your own supports',
  },
};
