import type { Answer } from '../../domain/scoring/answers';
import type { Question } from '../../domain/content/content-types';
import { MultiQuestion } from './multi-question';
import { RankQuestion } from './rank-question';
import { SingleQuestion } from './single-question';
import { ValueQuestion } from './value-question';

/** Props for QuestionForm. */
interface QuestionFormProps {
  /** A scenario that is not a branch (branches run their own decisions). */
  question: Exclude<Question, { kind: 'branch' }>;
  /** The attempt's shuffle seed. */
  seed: number;
  /** Called with the learner's answer on submit. */
  onAnswer: (answer: Answer) => void;
  /** Says something in the quiz's polite live region. */
  onAnnounce: (text: string) => void;
}

/** The right input for each kind of question. */
export function QuestionForm({ question, seed, onAnswer, onAnnounce }: QuestionFormProps) {
  switch (question.kind) {
    case 'single':
      return <SingleQuestion question={question} seed={seed} onAnswer={onAnswer} />;
    case 'value':
      return <ValueQuestion question={question} seed={seed} onAnswer={onAnswer} />;
    case 'multi':
      return <MultiQuestion question={question} seed={seed} onAnswer={onAnswer} />;
    case 'rank':
      return <RankQuestion question={question} seed={seed} onAnswer={onAnswer} onAnnounce={onAnnounce} />;
  }
}
