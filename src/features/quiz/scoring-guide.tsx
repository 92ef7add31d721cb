import { course } from '../../course/course-data';
import { CHECK_FORM_SIZE } from '../../domain/scoring/check-form';
import { creditPercent } from '../../domain/scoring/score-question';
import { pointsText, scoringExamples as ex } from './scoring-examples';
import { ScoringPolicy } from './scoring-policy';

const pct = (points: number) => `${creditPercent(points)}%`;

/** "How scoring works", for instructors: each question type's rule with a worked example, then the policies. */
export function ScoringGuide() {
  // Inside the component: the host's settings may change the pass mark before the first render.
  const check = ex.checkOfFour(course.passMark);
  return (
    <div className="scoring-guide">
      <h2>Practice and the mastery check</h2>
      <p>Each module has two kinds of scenarios, and they do different jobs.</p>
      <ul>
        <li>
          <strong>Practice is for learning.</strong> After every answer the learner sees feedback on their response and on the best one.
          They can practice as often as they like, or only the scenarios they missed. Practice never decides a pass.
        </li>
        <li>
          <strong>The mastery check is where a pass is earned.</strong> It is a short form of {CHECK_FORM_SIZE.module} scenarios kept out of
          practice, so the learner has not seen them or their answers. There is no feedback until the whole form is submitted; then the
          learner sees the result and feedback on every answer. A new check draws scenarios not seen in earlier checks while any remain;
          after that, those seen longest ago come first.
        </li>
        <li>
          <strong>A module is passed</strong> when its lesson has been read and a mastery check reaches the pass mark. The best check
          counts.
        </li>
        <li>
          <strong>The final check</strong> mixes scenarios from all ten values ({CHECK_FORM_SIZE.review} per form). Passing it, with every
          module passed, is what a whole-course certificate needs.
        </li>
      </ul>
      <p>
        Receipts, certificates, the instructor’s roster and the LMS report use the checks only. Modules passed under an earlier version of
        the course (before the check existed) stay passed.
      </p>

      <h2>Points</h2>
      <p className="lede">
        Every scenario is worth one point. Some question types give part of a point for a partly right answer. A score is the points earned
        out of the number of scenarios in the practice round or check form, as a percent.
      </p>
      <p className="worked-example">
        <strong>Example:</strong> a check of four scenarios. Three answers are fully right, and a ranking with two neighbors swapped earns{' '}
        {pointsText(ex.rankTopTwoSwapped)} of its point: {check.earned} of 4 points, which is {check.percent}%. With a pass mark of{' '}
        {check.passMark}%, that is {check.passed ? 'a pass' : 'not yet a pass'}.
      </p>

      <h2>Single best response</h2>
      <p>The learner picks one response. The best response earns 1 point; any other response earns 0.</p>
      <p className="worked-example">
        <strong>Example:</strong> four responses, A is best. Choosing A earns {pointsText(ex.singleBest)} point. Choosing C earns{' '}
        {pointsText(ex.singleOther)}.
      </p>

      <h2>Which value is most at stake</h2>
      <p>Scored like a single best response: naming the value the situation most tests earns 1 point; any other value earns 0.</p>

      <h2>Choose all that apply</h2>
      <p>
        Each right tick earns part of a point, and each wrong tick takes one part back. A response ticked twice counts once, and the score
        is never below 0. So ticking everything cannot earn full credit.
      </p>
      <p className="worked-example">
        <strong>Example:</strong> five responses, three apply (A, B, C). Ticking A and B earns {pointsText(ex.multiTwoRight)} point (
        {pct(ex.multiTwoRight)}). Ticking A, B and D earns {pointsText(ex.multiTwoRightOneWrong)} ({pct(ex.multiTwoRightOneWrong)}): the
        wrong tick cancels a right one. Ticking all five earns {pointsText(ex.multiEverything)}.
      </p>
      <p className="formula">
        <strong>The rule:</strong> (right ticks − wrong ticks) ÷ (responses that apply), never below 0. In the example: 2 ÷ 3, (2 − 1) ÷ 3
        and (3 − 2) ÷ 3.
      </p>

      <h2>Rank from most to least helpful</h2>
      <p>
        The closer the order is to the best order, the more of the point it earns. The best order earns 1 and the exact reverse earns 0.
        Small slips cost little: swapping two neighbors costs much less than putting the best response last.
      </p>
      <p className="worked-example">
        <strong>Example:</strong> four responses in the best order A, B, C, D. Ordering B, A, C, D earns {pointsText(ex.rankTopTwoSwapped)}{' '}
        point. Ordering B, C, D, A earns {pointsText(ex.rankBestLast)}. Ordering D, C, B, A earns {pointsText(ex.rankReversed)}.
      </p>
      <p className="formula">
        <strong>The rule:</strong> for each response, count how many places it sits from its best place, and add these up. The score is 1 −
        (that total ÷ the largest total possible, which is {ex.rankMax} for four responses). Ordering B, A, C, D is 2 places off in all: 1 −
        2 ÷ {ex.rankMax} = {pointsText(ex.rankTopTwoSwapped)} point. Ordering B, C, D, A is 6 places off.
      </p>

      <h2>Branching scenarios</h2>
      <p>
        A choice leads to a consequence and a follow-up decision, so learners take different paths. Each best choice on the learner’s own
        path earns an equal share of the point. A poor first choice can be partly recovered by a good follow-up.
      </p>
      <p className="worked-example">
        <strong>Example:</strong> two decisions. The best choice first and a poor follow-up earns {pointsText(ex.branchBestThenNot)}. A poor
        first choice and the best follow-up also earns {pointsText(ex.branchNotThenBest)}.
      </p>
      <p className="formula">
        <strong>The rule:</strong> best choices made ÷ decisions on the learner’s path. In the example: 1 ÷ 2.
      </p>

      <ScoringPolicy />
    </div>
  );
}
