/**
 * Checks one lesson (`content/NN-slug/lesson.mdx`) as text: the teaching shape every lesson
 * shares, the registered MDX components, and the wording of its prose. Text, not a compiled
 * module, so the check runs before (and without) the MDX compiler.
 */
import { SETTINGS } from './content-types';
import { type ContentProblem, type Reporter, createReporter } from './content-problem';
import { describeLanguageHit, findStigmatizingTerms } from './language-lint';
import { findAcronymProblems } from './acronyms';
import { lineAt, maskMdx } from './lesson-prose';

/** The required `## ` sections, in the order every lesson uses them. */
export const LESSON_SECTIONS = [
  'Learning objectives',
  'What it means and why it matters',
  'What it looks like in practice',
  'Common pitfalls and misconceptions',
  'How it connects to the other values',
  'Reflect',
  'Recap',
  'Sources',
] as const;

/** The components the lesson renderer registers; any other capitalised tag would fail to render. */
export const LESSON_COMPONENTS = ['KeyIdea', 'Example', 'Reflect', 'Recap', 'ContentNote'] as const;

const MIN_OBJECTIVES = 3;
const MIN_EXAMPLE_SETTINGS = 2;
const SETTING_IDS: readonly string[] = Object.keys(SETTINGS);
const KNOWN_COMPONENTS: readonly string[] = LESSON_COMPONENTS;

/** Code is blanked before any structural check so an example of markup is never read as markup. */
const CODE = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$|`[^`\n]*`/gm;
const blankCode = (source: string): string => source.replace(CODE, (m) => m.replace(/[^\n]/g, ' '));

/** Checks the `## ` sections: each required one once, in order, and no `# ` title. */
function checkSections(r: Reporter, text: string): void {
  for (const m of text.matchAll(/^# /gm)) {
    r.at(`line ${lineAt(text, m.index)}`, 'a lesson has no "# " heading: the page title comes from course.ts');
  }
  const found: string[] = [];
  for (const m of text.matchAll(/^##[ \t]+(.+?)[ \t]*$/gm)) {
    const name = m[1] ?? '';
    if (found.includes(name)) r.at(`line ${lineAt(text, m.index)}`, `section "## ${name}" appears twice`);
    else found.push(name);
  }
  const required: readonly string[] = LESSON_SECTIONS;
  for (const name of required) {
    if (!found.includes(name)) r.at('sections', `missing required section "## ${name}"`);
  }
  const present = found.filter((name) => required.includes(name));
  const ordered = required.filter((name) => present.includes(name));
  if (present.join('\n') !== ordered.join('\n')) {
    r.at(
      'sections',
      `sections are out of order: found ${present.map((n) => `"${n}"`).join(', ')}; the required order is ${required.map((n) => `"${n}"`).join(', ')}`,
    );
  }
}

/** The text of one `## ` section, up to the next `#`/`##` heading; undefined when absent. */
function sectionText(text: string, name: string): string | undefined {
  const start = text.search(new RegExp(`^##[ \\t]+${name}[ \\t]*$`, 'm'));
  if (start < 0) return undefined;
  const rest = text.slice(start).replace(/^[^\n]*\n?/, '');
  const end = rest.search(/^#{1,2}[ \t]/m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Learning objectives: a list of at least three. */
function checkObjectives(r: Reporter, text: string): void {
  const section = sectionText(text, 'Learning objectives');
  if (section === undefined) return;
  const items = section.match(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S/gm)?.length ?? 0;
  if (items < MIN_OBJECTIVES) {
    r.at('## Learning objectives', `has ${items} list item${items === 1 ? '' : 's'}: list at least ${MIN_OBJECTIVES} objectives`);
  }
}

/** Reads `setting="…"` (or `'…'`, `{'…'}`) from a tag's attributes. */
function settingOf(attributes: string): string | undefined {
  const m = /\bsetting\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/.exec(attributes);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** At least two Examples, from different known settings. */
function checkExamples(r: Reporter, text: string): void {
  const settings = new Set<string>();
  for (const m of text.matchAll(/<Example\b([^>]*)>/g)) {
    const field = `line ${lineAt(text, m.index)}`;
    const setting = settingOf(m[1] ?? '');
    if (setting === undefined) r.at(field, '<Example> needs a setting, like setting="er"');
    else if (!SETTING_IDS.includes(setting))
      r.at(field, `unknown setting "${setting}" on <Example>; use one of: ${SETTING_IDS.join(', ')}`);
    else settings.add(setting);
  }
  if (settings.size < MIN_EXAMPLE_SETTINGS) {
    r.at(
      '<Example>',
      `needs at least ${MIN_EXAMPLE_SETTINGS} <Example> blocks from different settings, found ${settings.size} setting${settings.size === 1 ? '' : 's'}`,
    );
  }
}

/** Every capitalised tag is a registered component; Reflect and Recap are present. */
function checkComponents(r: Reporter, text: string): void {
  const used = new Set<string>();
  for (const m of text.matchAll(/<\/?([A-Z][\w.]*)/g)) {
    const tag = m[1] ?? '';
    if (used.has(tag)) continue;
    used.add(tag);
    if (!KNOWN_COMPONENTS.includes(tag)) {
      r.at(
        `line ${lineAt(text, m.index)}`,
        `unknown component <${tag}>; lessons may use only ${LESSON_COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
      );
    }
  }
  for (const tag of ['Reflect', 'Recap']) {
    if (!used.has(tag)) r.at(`<${tag}>`, `missing <${tag}>: every lesson has one`);
  }
}

/** Lints the whole prose at once (a quotation may wrap lines), reporting each hit by line. */
function checkWording(r: Reporter, source: string): void {
  const prose = maskMdx(source);
  for (const hit of findStigmatizingTerms(prose)) r.at(`line ${lineAt(prose, hit.index)}`, describeLanguageHit(hit));
}

/** Acronyms spelled out at first use, in the reading part only (the Sources list is citation). */
function checkAcronyms(r: Reporter, source: string): void {
  const cut = source.search(/^##[ \t]+Sources[ \t]*$/m);
  const prose = maskMdx(cut >= 0 ? source.slice(0, cut) : source);
  for (const hit of findAcronymProblems(prose)) r.at(`line ${lineAt(prose, hit.index)}`, hit.message);
}

/** Returns every problem in one lesson; `file` is its path from the project root. */
export function validateLesson(file: string, source: string): ContentProblem[] {
  const r = createReporter(file);
  const text = blankCode(source);
  checkSections(r, text);
  checkObjectives(r, text);
  checkExamples(r, text);
  checkComponents(r, text);
  checkWording(r, source);
  checkAcronyms(r, source);
  return r.problems;
}
