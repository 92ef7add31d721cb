import { ProgressBar } from '../../components/progress-bar';
import { course } from '../../course/course-data';
import { courseCount } from '../../domain/progress/module-stage';
import { courseScope } from '../../course/course-scope';
import { useProgress } from '../../store/progress-store';
import { ModuleCard } from './module-card';
import { useCourseStatus } from './use-course-status';
import { CourseLink } from '../../components/course-link';

/**
 * The course at a glance: overall progress, "continue", and every module with its status. An LMS
 * package of some modules shows only those, and the review only when it was packaged.
 */
export function CourseOverview() {
  const { modules, review, isLoading, loadError } = useCourseStatus();
  const scope = courseScope();
  const lastLocation = useProgress((s) => s.lastLocation);
  const setAsideCount = useProgress((s) => s.setAside.reduce((n, a) => n + Object.keys(a.answers).length, 0));
  const count = courseCount(modules.map((m) => m.stage));
  const started = count.passed + count.started > 0;
  const first = scope.modules[0];
  const firstHref = first ? `/module/${first.id}` : '/review';
  const hasModules = scope.modules.length > 0;
  return (
    <section aria-labelledby="overview-heading">
      <div className="course-summary card">
        <h2 id="overview-heading" className="visually-hidden">
          Your progress
        </h2>
        {/* Moves as soon as anything is done: "0 of 10 modules passed · 1 started" after one lesson. */}
        {hasModules && <ProgressBar label="Course progress" value={count.passed} max={count.total} valueText={count.text} />}
        {isLoading && <p role="status">Checking your scores…</p>}
        {setAsideCount > 0 && (
          <p className="hint">
            The course was updated since you started. {setAsideCount} {setAsideCount === 1 ? 'answer' : 'answers'} to scenarios that are no
            longer in the course {setAsideCount === 1 ? 'is' : 'are'} kept aside in your backups but no longer counted.
          </p>
        )}
        {loadError && <p role="alert">Some scores could not be loaded. Your answers are safe; reload the page to try again.</p>}
        <p className="button-row next-step">
          {started && lastLocation ? (
            <CourseLink className="button" to={lastLocation}>
              Continue where you left off
            </CourseLink>
          ) : (
            <CourseLink className="button" to={firstHref}>
              {!first ? 'Start the course review' : started ? 'Go to the first module' : 'Start the first module'}
            </CourseLink>
          )}
        </p>
      </div>
      {hasModules && (
        <>
          <h2>{scope.modules.length === 1 ? 'Module' : 'Modules'}</h2>
          <ol className="module-list">
            {scope.modules.map((module, i) => {
              const progress = modules[i] ?? { id: module.id, status: 'not-started' as const, stage: 'not-started' as const };
              return <ModuleCard key={module.id} module={module} position={i + 1} progress={progress} />;
            })}
          </ol>
        </>
      )}
      {scope.hasReview && (
        <>
          <h2>{course.review.title}</h2>
          <p>
            Mixed scenarios from all ten values. Practice them any time; the final check, on scenarios you have not seen, is what a
            whole-course certificate requires.
          </p>
          <p className="module-links">
            <CourseLink to="/review/practice">Practice mixed scenarios</CourseLink>
            <CourseLink to="/review">
              {review?.best
                ? `${review.best.score.passed ? 'Final check passed' : 'Retake the final check'} (best score ${review.best.score.percent}%)`
                : 'Take the final check'}
            </CourseLink>
          </p>
        </>
      )}
    </section>
  );
}
