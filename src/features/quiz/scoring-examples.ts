/**
 * The worked examples on the "How scoring works" page, computed by the real scoring module so
 * the page can never disagree with the code.
 */
import type { Answers } from '../../domain/scoring/answers';
import type { BranchQuestion, MultiQuestion, Question, RankQuestion, SingleQuestion } from '../../domain/content/content-types';
import { maxRankDistance, scoreQuestion } from '../../domain/scoring/score-question';
import { scoreQuiz } from '../../domain/scoring/score-quiz';

const base = { value: 'respectful', setting: 'drop-in', title: 'Example', situation: 'Example.', prompt: 'Example?' } as const;
const option = (id: string) => ({ id, text: id, feedback: id });

const single: SingleQuestion = {
  ...base,
  id: 'ex-single',
  kind: 'single',
  options: [{ ...option('A'), best: true }, option('B'), option('C'), option('D')],
};
const multi: MultiQuestion = {
  ...base,
  id: 'ex-multi',
  kind: 'multi',
  options: ['A', 'B', 'C', 'D', 'E'].map((id) => ({ ...option(id), correct: ['A', 'B', 'C'].includes(id) })),
};
const rank: RankQuestion = { ...base, id: 'ex-rank', kind: 'rank', options: ['A', 'B', 'C', 'D'].map(option) };
const branch: BranchQuestion = {
  ...base,
  id: 'ex-branch',
  kind: 'branch',
  steps: [
    {
      id: 's1',
      prompt: 'First?',
      options: [
        { ...option('A'), best: true, next: 's2' },
        { ...option('B'), next: 's2' },
      ],
    },
    { id: 's2', lead: 'Then…', prompt: 'Next?', options: [{ ...option('C'), best: true }, option('D')] },
  ],
};

const points = (q: Question, answer: Parameters<typeof scoreQuestion>[1]) => scoreQuestion(q, answer).earned;

// Ten one-point scenarios: nine single best response and one four-response ranking.
const tenScenarios: Question[] = [...Array.from({ length: 9 }, (_, i) => ({ ...single, id: `ex-q${i}` })), { ...rank, id: 'ex-q9' }];

/** Scores the ten scenarios with `bestSingles` best single answers and the ranking in `order`. */
function quizWith(bestSingles: number, order: string[]) {
  const answers: Answers = { 'ex-q9': { kind: 'rank', order } };
  for (let i = 0; i < 9; i++) answers[`ex-q${i}`] = { kind: 'single', optionId: i < bestSingles ? 'A' : 'B' };
  return scoreQuiz(tenScenarios, answers, 80);
}

/** A four-scenario check: three best single answers and a ranking with its top two swapped. */
function checkOfFour(passMark: number) {
  const four = [...tenScenarios.slice(0, 3), tenScenarios[9]!];
  const answers: Answers = { 'ex-q9': { kind: 'rank', order: ['B', 'A', 'C', 'D'] } };
  for (let i = 0; i < 3; i++) answers[`ex-q${i}`] = { kind: 'single', optionId: 'A' };
  return scoreQuiz(four, answers, passMark);
}

/** Every number the page quotes. */
export const scoringExamples = {
  singleBest: points(single, { kind: 'single', optionId: 'A' }),
  singleOther: points(single, { kind: 'single', optionId: 'C' }),
  multiTwoRightOneWrong: points(multi, { kind: 'multi', optionIds: ['A', 'B', 'D'] }),
  multiEverything: points(multi, { kind: 'multi', optionIds: ['A', 'B', 'C', 'D', 'E'] }),
  multiTwoRight: points(multi, { kind: 'multi', optionIds: ['A', 'B'] }),
  rankMax: maxRankDistance(4),
  rankTopTwoSwapped: points(rank, { kind: 'rank', order: ['B', 'A', 'C', 'D'] }),
  rankBestLast: points(rank, { kind: 'rank', order: ['B', 'C', 'D', 'A'] }),
  rankReversed: points(rank, { kind: 'rank', order: ['D', 'C', 'B', 'A'] }),
  branchBestThenNot: points(branch, { kind: 'branch', path: ['A', 'D'] }),
  branchNotThenBest: points(branch, { kind: 'branch', path: ['B', 'C'] }),
  quizAtMark: quizWith(7, ['A', 'B', 'C', 'D']),
  quizJustBelow: quizWith(7, ['B', 'A', 'C', 'D']),
  checkOfFour,
};

/** A point value as the page prints it: "0.33", "0.75", "1". */
export function pointsText(points: number): string {
  return String(Math.round(points * 100) / 100);
}
