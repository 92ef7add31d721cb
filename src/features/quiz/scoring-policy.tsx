import { course } from '../../course/course-data';
import { CHECK_FORM_SIZE } from '../../domain/scoring/check-form';
import { scoringExamples as ex } from './scoring-examples';

/** The policy half of "How scoring works": pass mark, rounding, odd answers, storage, re-scoring. */
export function ScoringPolicy() {
  return (
    <>
      <h2>The pass mark</h2>
      <p>
        A mastery check is passed when its score reaches the pass mark. The course’s pass mark is <strong>{course.passMark}%</strong>. An
        instructor’s assignment can set a different pass mark for its learners; it is a whole percent from 0 to 100 (a fraction is rounded
        up, and a value outside that range is brought back into it). Below the pass mark, learners see “Not yet” with their score and the
        pass mark, never “failed”. They can practice and take a new check as often as they like. With {CHECK_FORM_SIZE.module} scenarios in
        a module check and a pass mark of 80%, a check is passed with every scenario right, or with three right and enough part credit on
        the fourth.
      </p>
      <p className="worked-example">
        <strong>Example:</strong> ten scenarios with a pass mark of 80%. Earning {ex.quizAtMark.earned} points scores{' '}
        {ex.quizAtMark.percent}%: {ex.quizAtMark.passed ? 'passed' : 'not yet'}. Earning {ex.quizJustBelow.earned} points scores{' '}
        {ex.quizJustBelow.percent}%: {ex.quizJustBelow.passed ? 'passed' : 'not yet'}.
      </p>

      <h2>Rounding</h2>
      <p>
        Percents are rounded down to a whole number, so a score shown as 80% always means at least 80%. The same rule applies to the score
        for each value. Pass or not yet is decided on the rounded-down percent, so what learners see always agrees with the result.
      </p>

      <h2>Unanswered and unusual answers</h2>
      <p>
        An unanswered scenario earns 0. An answer that names a response the scenario does not have is set aside (a ranking that leaves a
        response out earns 0); a response chosen twice counts once. None of these stop the rest of the quiz from being scored.
      </p>

      <h2>Attempts and response order</h2>
      <p>
        Each attempt shows the responses in a new order. The order comes from a number chosen at random when the attempt starts and saved
        with it, so a review shows each learner exactly the order they saw. Check results show the latest check and, when it is better, the
        best one.
      </p>

      <h2>What is stored</h2>
      <p>
        The course stores each learner’s answers (which responses they chose, in what order, and the path through a branching scenario), the
        order number for each attempt and when it started and finished. It does not store scores. Everything stays on the learner’s device.
      </p>

      <h2>Re-scoring</h2>
      <p>
        Scores are worked out from the saved answers every time they are shown. If a scenario’s key or a scoring rule is corrected, past
        attempts are re-scored automatically the next time they are viewed. Answers to a scenario that has been removed are kept aside, not
        counted.
      </p>
    </>
  );
}
