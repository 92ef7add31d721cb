import type { ComponentType } from 'react';
import type { QuizRef } from '../../course/course-data';
import type { Question } from '../../domain/content/content-types';
import type { NextStep } from './next-step';
import type { QuizMode } from './use-quiz-attempt';

/** What a quiz session is given once its bank has loaded. */
export interface SessionProps {
  /** The quiz. */
  quiz: QuizRef;
  /** Its bank (loaded): the pools this mode presents. */
  bank: Question[];
  /** The pass mark in use, a whole percent. */
  passMark: number;
  /** The lesson this quiz belongs to, if any. */
  lessonHref?: string;
  /** The primary step after a pass, when an assignment decides it (the check only). */
  afterPass?: NextStep;
}

/**
 * A kind of quiz: the pools it loads and the session that runs it. Each kind lives with its
 * session (PRACTICE in practice-session.tsx, CHECK in check-session.tsx), so a page imports only
 * the session it shows, and practice never downloads the check's code (ADR 0023).
 */
export interface QuizKind {
  /** Which pools to load, and which of the learner's attempts are this quiz's. */
  mode: QuizMode;
  /** Runs, scores and reviews attempts. */
  Session: ComponentType<SessionProps>;
}
