import { Link } from 'react-router';
import { ProgressBar } from '../../components/progress-bar';
import { course } from '../../course/course-data';
import { courseCount } from '../../domain/progress/module-stage';
import { useProgress } from '../../store/progress-store';
import { ModuleCard } from './module-card';
import { useCourseStatus } from './use-course-status';

/** The course at a glance: overall progress, "continue", and every module with its status. */
export function CourseOverview() {
  const { modules, review, isLoading, loadError } = useCourseStatus();
  const lastLocation = useProgress((s) => s.lastLocation);
  const setAsideCount = useProgress((s) => s.setAside.reduce((n, a) => n + Object.keys(a.answers).length, 0));
  const count = courseCount(modules.map((m) => m.stage));
  const started = count.passed + count.started > 0;
  return (
    <section aria-labelledby="overview-heading">
      <div className="course-summary card">
        <h2 id="overview-heading" className="visually-hidden">
          Your progress
        </h2>
        {/* Moves as soon as anything is done: "0 of 10 passed · 1 started" after one lesson. */}
        <ProgressBar label="Course progress" value={count.passed} max={count.total} valueText={count.text} />
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
            <Link className="button" to={lastLocation}>
              Continue where you left off
            </Link>
          ) : (
            <Link className="button" to={`/module/${course.modules[0]?.id ?? ''}`}>
              {started ? 'Go to the first module' : 'Start the first module'}
            </Link>
          )}
        </p>
      </div>
      <h2>Modules</h2>
      <ol className="module-list">
        {course.modules.map((module, i) => {
          const progress = modules[i] ?? { id: module.id, status: 'not-started' as const, stage: 'not-started' as const };
          return <ModuleCard key={module.id} module={module} position={i + 1} progress={progress} />;
        })}
      </ol>
      <h2>{course.review.title}</h2>
      <p>
        Mixed scenarios from all ten values. Practice them any time; the final check, on scenarios you have not seen, is what a whole-course
        certificate requires.
      </p>
      <p className="module-links">
        <Link to="/review/practice">Practice mixed scenarios</Link>
        <Link to="/review">
          {review?.best
            ? `${review.best.score.passed ? 'Final check passed' : 'Retake the final check'} (best score ${review.best.score.percent}%)`
            : 'Take the final check'}
        </Link>
      </p>
    </section>
  );
}
