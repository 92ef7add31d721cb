import { useEffect, useState } from 'react';
import { loadQuestions, type QuizRef } from '../../course/course-data';
import type { Question } from '../../domain/content/content-types';

/** Where loading a quiz's scenarios stands. */
export type QuestionsState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; questions: Question[] };

/** Loads a quiz's scenarios (their own chunk) with a retry for a failed load (e.g. offline). */
export function useQuestions(quiz: QuizRef): { state: QuestionsState; retry: () => void } {
  const [state, setState] = useState<QuestionsState>({ status: 'loading' });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    loadQuestions(quiz).then(
      (questions) => isCurrent && setState({ status: 'ready', questions }),
      (error: unknown) => isCurrent && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [quiz, tries]);
  return {
    state,
    retry: () => {
      setState({ status: 'loading' });
      setTries((n) => n + 1);
    },
  };
}
