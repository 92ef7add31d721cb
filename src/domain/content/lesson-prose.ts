/**
 * What counts as a lesson's prose: the words a learner reads, without MDX tags, code or link
 * addresses. The content check lints this text for wording and the readability script counts it,
 * so both agree on what "the lesson's words" are.
 */

/** Replaces a match with spaces, keeping line breaks so positions and line numbers still hold. */
const blank = (match: string): string => match.replace(/[^\n]/g, ' ');

/** Parts of an MDX file that are markup rather than prose, in the order they are removed. */
const MARKUP: RegExp[] = [
  /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, // fenced code blocks
  /`[^`\n]*`/g, // inline code
  /^(?:import|export)\s[^\n]*$/gm, // ESM lines
  /\{\/\*[\s\S]*?\*\/\}/g, // MDX comments
  /<!--[\s\S]*?-->/g, // HTML comments
  /<\/?[A-Za-z][\w.]*(?:\s[^<>]*)?\/?>/g, // JSX and HTML tags, with their attributes
  /\]\([^)\s]*(?:\s+"[^"]*")?\)/g, // link addresses: keep the link text, drop "](url)"
];

/**
 * Blanks out markup, keeping every character of prose at its original index. Tag names and
 * attributes (an Example's `title="…"`) are not prose, so they are not linted as the lesson voice.
 */
export function maskMdx(source: string): string {
  return MARKUP.reduce((text, pattern) => text.replace(pattern, blank), source);
}

/** The 1-based line number of a character index. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i += 1) if (text[i] === '\n') line += 1;
  return line;
}

/** Headings that end a lesson's prose: what follows is a citation list, not reading. */
const CITATION_HEADING = /^##\s+Sources\s*$/m;

/** Markdown punctuation that is not read aloud. */
const INLINE_MARKS = /(\*\*|__|\*|_|~~|\[|\]|\|)/g;

/** Removes a block's Markdown line prefixes (list markers, quote marks) and inline marks. */
function plainBlock(block: string): string {
  return block
    .split('\n')
    .map((line) => line.replace(/^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?/, ''))
    .join(' ')
    .replace(INLINE_MARKS, '')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1') // a removed link address leaves a gap before the punctuation
    .trim();
}

/** Ends a block with a full stop unless it already ends a sentence; a lead-in colon becomes one. */
function endAsSentence(block: string): string {
  if (/[.!?]["'”’)]*$/.test(block)) return block;
  return block.endsWith(':') ? `${block.slice(0, -1)}.` : `${block}.`;
}

/**
 * The lesson's reading text for word and sentence counts: headings, the Sources list and markup
 * removed; one paragraph per block. A list item or block without closing punctuation gets a full
 * stop, because a reader hears it as a sentence; counting the whole list as one would overstate
 * the reading grade.
 */
export function lessonProse(source: string): string {
  const cut = source.search(CITATION_HEADING);
  const body = maskMdx(cut >= 0 ? source.slice(0, cut) : source);
  const blocks = body
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line))
    .join('\n')
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)/)
    .map(plainBlock)
    .filter((block) => /[A-Za-z0-9]/.test(block));
  return blocks.map(endAsSentence).join('\n\n');
}
