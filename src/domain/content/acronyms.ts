/**
 * Acronyms a lesson may use, with what they stand for. A trainee meets each lesson on its own
 * (an instructor may assign only one), so every lesson spells out each acronym the first time
 * its prose uses it; the Sources list is citation, not reading, and is not held to this.
 */
export const ACRONYMS: Readonly<Record<string, string>> = {
  SAMHSA: 'Substance Abuse and Mental Health Services Administration',
  'N.A.P.S.': 'National Association of Peer Supporters',
  'IC&RC': 'International Certification & Reciprocity Consortium',
  NIDA: 'National Institute on Drug Abuse',
  ONDCP: 'Office of National Drug Control Policy',
  APA: 'American Psychological Association',
  CFR: 'Code of Federal Regulations',
  MOUD: 'Medication for opioid use disorder',
  SMART: 'Self-Management and Recovery Training',
};

/** Three or more capitals, dotted initials (N.A.P.S.) or an ampersand pair (IC&RC). */
const ACRONYM = /(?<![\w.&])(?:[A-Z]{1,3}&[A-Z]{1,3}|(?:[A-Z]\.){2,}|[A-Z]{3,})(?![\w&])/g;

/** How far around the first use the spelled-out name may sit: the same sentence, give or take. */
const NEAR = 160;

export interface AcronymHit {
  /** Index of the acronym in the prose. */
  index: number;
  message: string;
}

const normalize = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

/**
 * Finds acronyms in reading prose (markup already blanked) that are not spelled out at first
 * use, and acronyms the course has no expansion for (an author's new one, or a typo).
 */
export function findAcronymProblems(prose: string): AcronymHit[] {
  const hits: AcronymHit[] = [];
  const seen = new Set<string>();
  for (const m of prose.matchAll(ACRONYM)) {
    const word = m[0];
    if (seen.has(word)) continue;
    seen.add(word);
    const expansion = ACRONYMS[word];
    if (expansion === undefined) {
      hits.push({
        index: m.index,
        message: `"${word}" is not a known acronym: spell it out at first use and add it to ACRONYMS in src/domain/content/acronyms.ts`,
      });
      continue;
    }
    const near = normalize(prose.slice(Math.max(0, m.index - NEAR), m.index + word.length + NEAR));
    if (!near.includes(normalize(expansion))) {
      hits.push({
        index: m.index,
        message: `spell out "${word}" at its first use in this lesson, for example "${expansion} (${word})"`,
      });
    }
  }
  return hits;
}
