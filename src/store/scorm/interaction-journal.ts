/**
 * Writes each answered scenario to the LMS as an interaction, once, as the learner answers
 * (a check's answers when it is submitted: src/domain/lms/answer-changes.ts). New interactions
 * go after those the LMS holds from earlier sessions, up to the limit in
 * src/domain/lms/interaction.ts, practice keeping room for the checks still to come. The times are this session's: when each answer was given, and
 * how long after the one before it (or after the attempt or session began, whichever was later).
 */
import { answersToReport, changedAnswers } from '../../domain/lms/answer-changes';
import { answerInteractions, checkReserve, hasRoomForInteraction } from '../../domain/lms/interaction';
import type { SuspendBanks } from '../../domain/lms/suspend-data';
import type { Attempt } from '../../domain/progress/progress-model';
import type { LmsConnection } from './lms-connection';

/** What the journal needs. */
export interface JournalOptions {
  /** The open LMS session. */
  connection: Pick<LmsConnection, 'interaction'>;
  /** Scenarios of every quiz, by quiz id. */
  banks: SuspendBanks;
  /** Interactions the LMS already holds. */
  held: number;
  /** The course's quizzes: room is kept for a first check at each (interaction.ts). */
  quizzes: readonly string[];
  /** Milliseconds since 1970. */
  now: () => number;
}

/** Writes the interactions for what changed between two snapshots of the attempts. */
export type InteractionJournal = (before: readonly Attempt[], after: readonly Attempt[]) => void;

/** Starts a journal for this session. */
export function createInteractionJournal({ connection, banks, held, quizzes, now }: JournalOptions): InteractionJournal {
  const sessionStart = now();
  let next = held;
  // When each answer was last given this session, and how long it took.
  const given = new Map<string, { at: number; latencyMs: number }>();
  const lastActivity = new Map<string, number>();
  const key = (attemptId: string, questionId: string) => `${attemptId} ${questionId}`;

  return (before, after) => {
    const at = now();
    for (const { attempt, questionId } of changedAnswers(before, after)) {
      const since = lastActivity.get(attempt.id) ?? Math.max(sessionStart, Date.parse(attempt.startedAt) || 0);
      given.set(key(attempt.id, questionId), { at, latencyMs: at - since });
      lastActivity.set(attempt.id, at);
    }
    const reserve = checkReserve(quizzes, before);
    for (const { attempt, questionId, answer, fromStep } of answersToReport(before, after)) {
      const question = banks[attempt.quizId]?.find((q) => q.id === questionId);
      if (!question) continue;
      // An answer given in an earlier session has no time of its own here: the submission's.
      const time = given.get(key(attempt.id, questionId)) ?? { at: Date.parse(attempt.finishedAt ?? '') || at };
      for (const record of answerInteractions(question, answer, { quizId: attempt.quizId, mode: attempt.mode, fromStep, ...time })) {
        if (!hasRoomForInteraction(next, attempt.mode, reserve)) return;
        connection.interaction(next, record);
        next += 1;
      }
    }
  };
}
