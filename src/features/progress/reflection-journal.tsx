import { reflectionPrompts } from '../../../content/reflection-prompts';
import { courseScope } from '../../course/course-scope';
import { useProgress } from '../../store/progress-store';
import { CourseLink } from '../../components/course-link';

/** Every reflection prompt with the learner's answer; printable; private to this device. */
export function ReflectionJournal() {
  const reflections = useProgress((s) => s.reflections);
  const { modules } = courseScope();
  const answered = modules.filter((m) => reflections[m.id]?.text.trim());
  return (
    <>
      <p>Your reflections stay on this device. They are never included in receipts or sent to an instructor.</p>
      <p className="no-print">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          Print my reflections
        </button>
      </p>
      {answered.length === 0 && <p>You have not written any reflections yet. Each lesson ends with a prompt.</p>}
      {modules.map((m) => {
        const entry = reflections[m.id];
        if (!entry?.text.trim()) return null;
        return (
          <section key={m.id} className="journal-entry" aria-labelledby={`journal-${m.id}`}>
            <h2 id={`journal-${m.id}`}>{m.title}</h2>
            <p className="reflect-prompt">{reflectionPrompts[m.id]}</p>
            <p className="journal-text">{entry.text}</p>
            <p className="hint">
              Last edited {entry.updatedAt.slice(0, 10)} ·{' '}
              <CourseLink to={`/module/${m.id}`} aria-label={`Edit in the ${m.title} lesson`}>
                Edit in the lesson
              </CourseLink>
            </p>
          </section>
        );
      })}
    </>
  );
}
