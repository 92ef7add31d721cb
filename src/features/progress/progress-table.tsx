import { course } from '../../course/course-data';
import { courseScope } from '../../course/course-scope';
import { courseCount, stageText } from '../../domain/progress/module-stage';
import { ProgressBar } from '../../components/progress-bar';
import { useCourseStatus } from './use-course-status';

/** "80% (Mar 3)" in the locale's words, the date left out when unknown. */
function checkText(percent: number, at: string | undefined): string {
  return at ? `${percent}% (${new Date(at).toLocaleDateString(undefined, { month: 'short', day: 'numeric' })})` : `${percent}%`;
}

/**
 * "My progress": where the learner stands in every module (its stage in words) with the best
 * mastery check and, when it is another one, the latest, as a real table; one value per module, so this is also the
 * per-value view. The same numbers as the home cards, from the same derivation.
 */
export function ProgressTable() {
  const { modules, review, isLoading } = useCourseStatus();
  const count = courseCount(modules.map((m) => m.stage));
  const scope = courseScope();
  const rows = [
    ...scope.modules.map((m, i) => ({ id: m.id, title: m.title, progress: modules[i] })),
    ...(scope.hasReview ? [{ id: course.review.id, title: 'Final check (all values)', progress: undefined }] : []),
  ];
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Where you are</h2>
      <ProgressBar label="Course progress" value={count.passed} max={count.total} valueText={count.text} />
      {isLoading && <p role="status">Checking your scores…</p>}
      {/* Short cells that wrap, so the table fits a 320 px screen without scrolling sideways. */}
      <table className="progress-table">
        <caption className="visually-hidden">Progress by module and value</caption>
        <thead>
          <tr>
            <th scope="col">Module (value)</th>
            <th scope="col">Where you are</th>
            <th scope="col">Mastery checks</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, title, progress }) => {
            const summary = progress ? progress.summary : review;
            const stage = progress
              ? stageText(progress.stage, undefined)
              : summary?.best?.score.passed
                ? 'Passed'
                : summary?.best
                  ? 'Needs another try'
                  : 'Not started';
            return (
              <tr key={id}>
                <th scope="row">{title}</th>
                <td>{stage}</td>
                <td>
                  {summary?.best ? (
                    <>
                      Best {checkText(summary.best.score.percent, summary.best.attempt.finishedAt)}
                      {summary.latest && summary.latest !== summary.best && (
                        <span className="cell-detail">
                          Latest {checkText(summary.latest.score.percent, summary.latest.attempt.finishedAt)}
                        </span>
                      )}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
