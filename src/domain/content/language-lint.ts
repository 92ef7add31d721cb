/**
 * Finds stigmatizing terms in the course's own voice (docs/authoring.md, "Language guide") and suggests the
 * person-first wording to use instead. Words inside double quotation marks are skipped: they are
 * a character's own words, and people may describe themselves however they choose (§4.1).
 */

/** One stigmatizing term found in a text. */
export interface LanguageHit {
  /** The words as written in the text (`Addicts`, `committed suicide`). */
  term: string;
  /** What to write instead. */
  suggestion: string;
  /** Where the term starts in the text (0-based character index). */
  index: number;
}

interface TermRule {
  pattern: string;
  suggestion: string;
}

const RECOVERY = '"person in recovery" or "person in long-term recovery"';
const PERSON_SUD = '"person with a substance use disorder" or "person who uses drugs"';
const DESCRIBE = 'a plain description of what the person did or asked for';
const CONVICTION = '"person who was incarcerated" or "person with a conviction"';

/**
 * The terms, longest phrases first: a phrase claims its words before a shorter rule can, so
 * "former addict" is reported once, with its own suggestion.
 */
const RULES: TermRule[] = [
  { pattern: '(?:former|reformed) addicts?', suggestion: RECOVERY },
  {
    pattern: '(?:substance|drug) abuse',
    suggestion: '"substance use" ("misuse" for prescriptions; "substance use disorder" for the diagnosis)',
  },
  { pattern: 'committed suicide', suggestion: '"died by suicide"' },
  { pattern: 'successful (?:suicide )?attempts?', suggestion: '"died by suicide"' },
  { pattern: '(?:failed|unsuccessful) (?:suicide )?attempts?', suggestion: '"suicide attempt" or "non-fatal attempt"' },
  { pattern: 'the mentally ill', suggestion: '"people with a mental health condition"' },
  { pattern: 'drug habits?', suggestion: '"substance use disorder"' },
  { pattern: 'suffer(?:s|ed|ing)? from', suggestion: '"lives with" or "is living with"' },
  { pattern: 'afflicted (?:by|with)', suggestion: '"living with" or "diagnosed with"' },
  { pattern: 'attention[- ]seeking', suggestion: DESCRIBE },
  { pattern: 'addicts?', suggestion: PERSON_SUD },
  { pattern: 'junkies?', suggestion: PERSON_SUD },
  { pattern: 'abusers?', suggestion: PERSON_SUD },
  { pattern: 'alcoholics?', suggestion: '"person with alcohol use disorder"' },
  { pattern: 'clean', suggestion: '"in recovery" or "not currently using" (for a test: "testing negative")' },
  { pattern: 'dirty', suggestion: '"currently using" (for a test: "testing positive")' },
  { pattern: 'manipulative', suggestion: DESCRIBE },
  { pattern: 'non-?compliant', suggestion: '"chose not to…" or "hasn’t been taking it as prescribed because…"' },
  { pattern: 'felons?', suggestion: CONVICTION },
  { pattern: 'ex-offenders?', suggestion: CONVICTION },
  { pattern: 'convicts?', suggestion: CONVICTION },
  { pattern: 'inmates?', suggestion: '"person who is incarcerated"' },
  { pattern: 'schizophrenics?', suggestion: '"person living with schizophrenia"' },
  // "psychotic episode" and "psychotic symptoms" describe an experience, not a person.
  { pattern: 'psychotic(?! (?:episodes?|symptoms?|features?|disorders?|experiences?))', suggestion: '"person experiencing psychosis"' },
  { pattern: 'relaps(?:e|es|ed|ing)', suggestion: '"return to use" (or "recurrence")' },
];

// Custom word edges: a hyphen counts as part of a word, so "clean-up" is not "clean".
const COMPILED = RULES.map((rule) => ({
  regex: new RegExp(`(?<![\\w-])(?:${rule.pattern})(?![\\w-])`, 'gi'),
  suggestion: rule.suggestion,
}));

// A quotation stays within one paragraph, so a stray quote mark cannot hide the rest of a lesson.
const QUOTATION = /"(?:[^"\n]|\n(?!\s*\n))*"|“(?:[^”\n]|\n(?!\s*\n))*”/g;

/**
 * Official names that contain a listed term but are not the course speaking about people: a
 * source must be cited by its real name so a reader can find it.
 */
const PROPER_NAMES =
  /Substance Abuse and Mental Health Services Administration|National Institute on (?:Drug Abuse|Alcohol Abuse and Alcoholism)/g;

/** Replaces every quotation (and official name) with spaces, keeping indexes and line breaks. */
export function maskQuotations(text: string): string {
  const blank = (quoted: string) => quoted.replace(/[^\n]/g, ' ');
  return text.replace(QUOTATION, blank).replace(PROPER_NAMES, blank);
}

/** Lists the stigmatizing terms in `text` outside quotation marks, in order of appearance. */
export function findStigmatizingTerms(text: string): LanguageHit[] {
  const masked = maskQuotations(text);
  const hits: LanguageHit[] = [];
  const taken: [number, number][] = [];
  for (const { regex, suggestion } of COMPILED) {
    for (const match of masked.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      hits.push({ term: text.slice(start, end), suggestion, index: start });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The message a content check shows for one hit. */
export function describeLanguageHit(hit: LanguageHit): string {
  return `"${hit.term}" is stigmatizing language in the course's own voice; use ${hit.suggestion} (quote it only as a character's own words)`;
}
