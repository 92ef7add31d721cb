/**
 * Defensive restore of saved progress. Saved data is untrusted input (old versions, hand edits,
 * truncated writes, hostile backup files): every field is checked, every valid piece is kept,
 * and each thing dropped is reported in plain words. Never throws.
 */
import type { Answer, Answers } from '../scoring/answers';
import {
  emptyProgress,
  LIMITS,
  type Attempt,
  type EarlierPass,
  type HeldAssignment,
  type Progress,
  type Reflection,
} from './progress-model';
import { isLearnerName } from './learner-name';

/** The result of restoring: the usable progress and what had to be dropped. */
export interface Restored {
  /** Progress built from every valid part of the input. */
  progress: Progress;
  /** One plain-language line per part that could not be used. */
  problems: string[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A safe id: short, plain characters, and never a prototype key. */
export const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= LIMITS.id && ID.test(v) && !['__proto__', 'constructor', 'prototype'].includes(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));
const isText = (v: unknown, max: number = LIMITS.text): v is string => typeof v === 'string' && v.length <= max;
const ids = (v: unknown): string[] | null => (Array.isArray(v) && v.length <= LIMITS.choices && v.every(isId) ? (v as string[]) : null);

/** A valid answer, or null. */
export function restoreAnswer(v: unknown): Answer | null {
  if (!isRecord(v)) return null;
  switch (v.kind) {
    case 'single':
    case 'value':
      return isId(v.optionId) ? { kind: v.kind, optionId: v.optionId } : null;
    case 'multi': {
      const optionIds = ids(v.optionIds);
      return optionIds ? { kind: 'multi', optionIds } : null;
    }
    case 'rank': {
      const order = ids(v.order);
      return order ? { kind: 'rank', order } : null;
    }
    case 'branch': {
      const path = ids(v.path);
      return path ? { kind: 'branch', path } : null;
    }
    default:
      return null;
  }
}

/** A valid attempt (dropping any unreadable answers), or null. */
export function restoreAttempt(v: unknown, problems: string[]): Attempt | null {
  if (!isRecord(v) || !isId(v.id) || !isId(v.quizId) || !isTime(v.startedAt) || typeof v.seed !== 'number' || !Number.isInteger(v.seed))
    return null;
  const answers: Answers = Object.create(null) as Answers;
  const rawAnswers = isRecord(v.answers) ? Object.entries(v.answers).slice(0, LIMITS.answersPerAttempt) : [];
  for (const [questionId, raw] of rawAnswers) {
    const answer = isId(questionId) ? restoreAnswer(raw) : null;
    if (answer) answers[questionId] = answer;
    else problems.push(`An unreadable answer in attempt ${v.id} was left out.`);
  }
  const attempt: Attempt = {
    id: v.id,
    quizId: v.quizId,
    seed: v.seed >>> 0,
    startedAt: v.startedAt,
    mode: 'quiz',
    answers: { ...answers },
  };
  if (isTime(v.finishedAt)) attempt.finishedAt = v.finishedAt;
  Object.assign(attempt, restoreMode(v, problems));
  return attempt;
}

const MODES: readonly Attempt['mode'][] = ['practice', 'check', 'quiz'];

/**
 * An attempt's mode and items. No mode means a record from before the split: a whole-bank quiz.
 * A check whose item list is unreadable keeps its answers as practice, which never passes
 * anything, so a damaged record can lose a pass but never invent one.
 */
function restoreMode(v: Record<string, unknown>, problems: string[]): Pick<Attempt, 'mode' | 'items'> {
  if (v.mode === undefined) return { mode: 'quiz' };
  const items =
    Array.isArray(v.items) && v.items.length <= LIMITS.answersPerAttempt && v.items.every(isId) ? [...new Set(v.items as string[])] : null;
  const mode = MODES.find((m) => m === v.mode);
  if (!mode || (mode === 'check' && !items)) {
    problems.push(`Attempt ${String(v.id)} had an unreadable kind or list of scenarios; its answers were kept as practice.`);
    return items ? { mode: 'practice', items } : { mode: 'practice' };
  }
  if (v.items !== undefined && !items) problems.push(`The list of scenarios in attempt ${String(v.id)} was unreadable and was left out.`);
  return items && mode !== 'quiz' ? { mode, items } : { mode };
}

/** When a saved time-by-id record is readable: ids and times only. */
function restoreTimesById(v: unknown, max: number): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const [id, at] of Object.entries(v).slice(0, max)) if (isId(id) && isTime(at)) out[id] = at;
  return out;
}

/**
 * Tombstones. An unreadable one is dropped and reported: that can only let an old copy in
 * another tab bring a reset item back, never lose anything the learner has.
 */
function restoreDeletions(v: unknown, problems: string[]): Progress['deleted'] {
  if (v === undefined) return { attempts: [], modules: {}, assignments: {} };
  if (!isRecord(v)) {
    problems.push('The record of what was reset was unreadable and was left out.');
    return { attempts: [], modules: {}, assignments: {} };
  }
  const attempts = Array.isArray(v.attempts) ? v.attempts.filter(isId).slice(-LIMITS.attempts * 4) : [];
  return {
    attempts: [...new Set(attempts as string[])],
    modules: restoreTimesById(v.modules, 200),
    assignments: restoreTimesById(v.assignments, 200),
  };
}

/** Earlier passes by module id; an unreadable one is left out and reported. */
function restoreEarlierPasses(v: unknown, problems: string[]): Record<string, EarlierPass> {
  const out: Record<string, EarlierPass> = {};
  if (v === undefined) return out;
  if (!isRecord(v)) {
    problems.push('The record of modules passed on an earlier version was unreadable and was left out.');
    return out;
  }
  for (const [id, p] of Object.entries(v).slice(0, LIMITS.choices)) {
    const ok =
      isId(id) &&
      isRecord(p) &&
      isText(p.contentVersion, 40) &&
      p.contentVersion !== '' &&
      typeof p.percent === 'number' &&
      Number.isInteger(p.percent) &&
      p.percent >= 0 &&
      p.percent <= 100 &&
      isTime(p.at);
    if (ok) out[id] = { contentVersion: p.contentVersion as string, percent: p.percent as number, at: p.at as string };
    else problems.push(`A pass recorded for an earlier version (${isId(id) ? id : 'unknown module'}) was unreadable and was left out.`);
  }
  return out;
}

function restoreAssignment(v: unknown): HeldAssignment | null {
  if (!isRecord(v) || !isId(v.id) || !isTime(v.acceptedAt)) return null;
  const modules = Array.isArray(v.modules) && v.modules.length <= LIMITS.choices && v.modules.every(isId) ? (v.modules as string[]) : null;
  if (!modules) return null;
  const out: HeldAssignment = { id: v.id, modules, acceptedAt: v.acceptedAt };
  if (typeof v.passMark === 'number' && Number.isInteger(v.passMark) && v.passMark >= 0 && v.passMark <= 100) out.passMark = v.passMark;
  if (typeof v.due === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.due)) out.due = v.due;
  for (const key of ['cohort', 'instructor', 'message'] as const) {
    const text = v[key];
    if (isText(text, key === 'message' ? 500 : LIMITS.shortText) && text) out[key] = text;
  }
  return out;
}

function restoreList<T>(v: unknown, max: number, each: (item: unknown) => T | null, what: string, problems: string[]): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push(`Saved ${what} were unreadable and were left out.`);
    return [];
  }
  const out: T[] = [];
  for (const item of v.slice(0, max)) {
    const ok = each(item);
    if (ok) out.push(ok);
    else problems.push(`One saved ${what.replace(/s$/, '')} was unreadable and was left out.`);
  }
  if (v.length > max) problems.push(`Only the first ${max} saved ${what} were kept.`);
  return out;
}

/** Lesson marks by module id (`what` the learner did: read or opened); each unreadable one is left out and reported. */
function restoreLessonMarks(v: unknown, what: 'read' | 'opened', problems: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (v === undefined) return out;
  if (!isRecord(v)) {
    problems.push(`The list of lessons ${what} was unreadable and was left out.`);
    return out;
  }
  for (const [id, at] of Object.entries(v)) {
    if (isId(id) && isTime(at)) out[id] = at;
    else problems.push(`A lesson-${what} mark for "${String(id).slice(0, 40)}" was unreadable and was left out.`);
  }
  return out;
}

function restoreReflections(v: unknown, problems: string[]): Record<string, Reflection> {
  const out: Record<string, Reflection> = {};
  if (v === undefined) return out;
  if (!isRecord(v)) {
    problems.push('Your saved reflections were unreadable and were left out.');
    return out;
  }
  for (const [id, r] of Object.entries(v)) {
    if (!isId(id) || !isRecord(r) || typeof r.text !== 'string' || !isTime(r.updatedAt)) {
      problems.push(`A saved reflection for "${String(id).slice(0, 40)}" was unreadable and was left out.`);
      continue;
    }
    // The journal box has no length limit, so an over-long entry is the learner's own words:
    // keep its first part rather than dropping all of it.
    if (!isText(r.text)) problems.push(`A saved reflection for "${id}" was too long; its first ${LIMITS.text} characters were kept.`);
    out[id] = { text: r.text.slice(0, LIMITS.text), updatedAt: r.updatedAt };
  }
  return out;
}

/** Builds valid progress from any value, keeping every valid part. */
export function restoreProgress(raw: unknown): Restored {
  const problems: string[] = [];
  if (!isRecord(raw))
    return { progress: emptyProgress(), problems: raw === undefined || raw === null ? [] : ['The saved progress was not readable.'] };
  const attemptProblems: string[] = [];
  const progress: Progress = {
    lessonsRead: restoreLessonMarks(raw.lessonsRead, 'read', problems),
    lessonsOpened: restoreLessonMarks(raw.lessonsOpened, 'opened', problems),
    attempts: restoreList(raw.attempts, LIMITS.attempts, (a) => restoreAttempt(a, attemptProblems), 'quiz attempts', problems),
    reflections: restoreReflections(raw.reflections, problems),
    learnerName: isLearnerName(raw.learnerName) ? raw.learnerName : '',
    assignments: restoreList(raw.assignments, LIMITS.assignments, restoreAssignment, 'assignments', problems),
    lastLocation: isText(raw.lastLocation, 300) && raw.lastLocation.startsWith('/') ? raw.lastLocation : '',
    setAside: restoreList(raw.setAside, LIMITS.attempts, (a) => restoreAttempt(a, attemptProblems), 'set-aside answers', problems),
    earlierPasses: restoreEarlierPasses(raw.earlierPasses, problems),
    deleted: restoreDeletions(raw.deleted, problems),
    updatedAt: isTime(raw.updatedAt) ? raw.updatedAt : '',
  };
  if (raw.learnerName !== undefined && !isLearnerName(raw.learnerName)) problems.push('The saved name was unreadable and was left out.');
  return { progress, problems: [...problems, ...attemptProblems] };
}
