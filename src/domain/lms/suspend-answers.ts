/**
 * Compact answer tokens for LMS suspend data (see suspend-data.ts). An answer is written as the
 * positions of the chosen options in its question, one base-36 character each, so
 * `{ kind: 'rank', order: ['invite', 'scare', 'pressure'] }` becomes `"021"`. The question says
 * the kind, so the token does not. `-` is an empty list; `""` means not answered.
 *
 * Positions only mean something against the same scenarios: suspend-data.ts stores a
 * fingerprint of each bank and refuses tokens written against a different one.
 */
import type { Answer } from '../scoring/answers';
import type { BranchQuestion, Question } from '../content/content-types';

/** Largest option count a single character can address. */
const MAX_OPTIONS = 36;

const digit = (index: number): string | null => (index >= 0 && index < MAX_OPTIONS ? index.toString(36) : null);

/** Positions of `ids` among `optionIds`, as characters; null if any id is unknown. */
function positions(optionIds: readonly string[], ids: readonly string[]): string | null {
  if (ids.length === 0) return '-';
  let out = '';
  for (const id of ids) {
    const d = digit(optionIds.indexOf(id));
    if (d === null) return null;
    out += d;
  }
  return out;
}

/** Option ids at the positions written in `token`; null if any is out of range. */
function ids(optionIds: readonly string[], token: string): string[] | null {
  if (token === '-') return [];
  const out: string[] = [];
  for (const ch of token) {
    const id = /^[0-9a-z]$/.test(ch) ? optionIds[parseInt(ch, 36)] : undefined;
    if (id === undefined) return null;
    out.push(id);
  }
  return out;
}

// A branch path is written step by step: each choice's position within the step it was made
// at, following `next` from the first step, so a path that is still in progress encodes too.
function encodePath(q: BranchQuestion, path: readonly string[]): string | null {
  if (path.length === 0) return '-';
  let step = q.steps[0];
  let out = '';
  for (const optionId of path) {
    if (!step) return null;
    const index = step.options.findIndex((o) => o.id === optionId);
    const d = digit(index);
    if (d === null) return null;
    out += d;
    const next = step.options[index]?.next;
    step = next === undefined ? undefined : q.steps.find((s) => s.id === next);
  }
  return out;
}

function decodePath(q: BranchQuestion, token: string): string[] | null {
  if (token === '-') return [];
  let step = q.steps[0];
  const path: string[] = [];
  for (const ch of token) {
    const option = step && /^[0-9a-z]$/.test(ch) ? step.options[parseInt(ch, 36)] : undefined;
    if (!option) return null;
    path.push(option.id);
    step = option.next === undefined ? undefined : q.steps.find((s) => s.id === option.next);
  }
  return path;
}

/** The token for `answer` to `q`, or null when it cannot be written against this question. */
export function encodeAnswer(q: Question, answer: Answer): string | null {
  if (answer.kind !== q.kind) return null;
  const optionIds = q.kind === 'branch' ? [] : q.options.map((o) => o.id);
  switch (answer.kind) {
    case 'single':
    case 'value':
      return digit(optionIds.indexOf(answer.optionId));
    case 'multi':
      return positions(optionIds, answer.optionIds);
    case 'rank':
      return positions(optionIds, answer.order);
    case 'branch':
      return q.kind === 'branch' ? encodePath(q, answer.path) : null;
  }
}

/** The answer a token stands for, or null for an empty or unreadable token. */
export function decodeAnswer(q: Question, token: string): Answer | null {
  if (token === '') return null;
  switch (q.kind) {
    case 'single':
    case 'value': {
      const chosen =
        token.length === 1
          ? ids(
              q.options.map((o) => o.id),
              token,
            )
          : null;
      return chosen?.[0] === undefined ? null : { kind: q.kind, optionId: chosen[0] };
    }
    case 'multi': {
      const optionIds = ids(
        q.options.map((o) => o.id),
        token,
      );
      return optionIds ? { kind: 'multi', optionIds } : null;
    }
    case 'rank': {
      const order = ids(
        q.options.map((o) => o.id),
        token,
      );
      return order ? { kind: 'rank', order } : null;
    }
    case 'branch': {
      const path = decodePath(q, token);
      return path ? { kind: 'branch', path } : null;
    }
  }
}

/** A short fingerprint of a bank's question, step and option ids, in order (FNV-1a, base 36). */
export function bankFingerprint(questions: readonly Question[]): string {
  const text = questions
    .map(
      (q) =>
        `${q.id}:${q.kind === 'branch' ? q.steps.map((s) => `${s.id}(${s.options.map((o) => o.id).join(',')})`).join(';') : q.options.map((o) => o.id).join(',')}`,
    )
    .join('|');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 4).toString(36).padStart(4, '0');
}
