import { CHECK_FORM_SIZE } from '../../domain/scoring/check-form';
import { creditPercent } from '../../domain/scoring/score-question';
import { pointsText, scoringExamples as ex } from './scoring-examples';
import { ScoringPolicy } from './scoring-policy';

const pct = (points: number) => `${creditPercent(points)}%`;

/** "How scoring works", for instructors: each question type's rule with a worked example, then the policies. */
export function ScoringGuide() {
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
        divided by the number of scenarios in the practice round or check form, as a percent.
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
        Partial credit: (responses ticked that apply − responses ticked that do not apply) ÷ (number of responses that apply). The result is
        never below 0. A response ticked twice counts once. So ticking everything cannot earn full credit, and a wrong tick cancels a right
        one.
      </p>
      <p className="worked-example">
        <strong>Example:</strong> five responses, three apply (A, B, C). Ticking A and B earns 2 ÷ 3 = {pointsText(ex.multiTwoRight)} point
        ({pct(ex.multiTwoRight)}). Ticking A, B and D earns (2 − 1) ÷ 3 = {pointsText(ex.multiTwoRightOneWrong)} (
        {pct(ex.multiTwoRightOneWrong)}). Ticking all five earns (3 − 2) ÷ 3 = {pointsText(ex.multiEverything)}.
      </p>

      <h2>Rank from most to least helpful</h2>
      <p>
        For each response, count how many places it sits from its place in the best order, and add these up. The score is 1 − (that total ÷
        the largest total possible for that many responses). The best order earns 1; the exact reverse earns 0. Small slips cost little:
        swapping two neighbours costs much less than putting the best response last.
      </p>
      <p className="worked-example">
        <strong>Example:</strong> four responses in the best order A, B, C, D; the largest possible total is {ex.rankMax}. Ordering B, A, C,
        D is 2 places off in all: 1 − 2 ÷ {ex.rankMax} = {pointsText(ex.rankTopTwoSwapped)} point. Ordering B, C, D, A is 6 places off:{' '}
        {pointsText(ex.rankBestLast)}. Ordering D, C, B, A earns {pointsText(ex.rankReversed)}.
      </p>

      <h2>Branching scenarios</h2>
      <p>
        A choice leads to a consequence and a follow-up decision, so learners take different paths. The score is the number of best choices
        made divided by the number of decisions on the learner’s own path. A poor first choice can be partly recovered by a good follow-up.
      </p>
      <p className="worked-example">
        <strong>Example:</strong> two decisions. The best choice first and a poor follow-up earns 1 ÷ 2 = {pointsText(ex.branchBestThenNot)}
        . A poor first choice and the best follow-up also earns {pointsText(ex.branchNotThenBest)}.
      </p>

      <ScoringPolicy />
    </div>
  );
}
