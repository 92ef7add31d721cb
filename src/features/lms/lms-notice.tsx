import { useLmsStatus } from '../../store/scorm/lms-status';

/**
 * The LMS banner above every page of the LMS launch: says plainly whether progress is being
 * recorded, and when it may not be, why and what to do. Never silent about a failed save.
 */
export function LmsNotice() {
  const mode = useLmsStatus((s) => s.mode);
  const problem = useLmsStatus((s) => s.problem);
  const isRetrying = useLmsStatus((s) => s.isRetrying);
  const notes = useLmsStatus((s) => s.notes);
  const retry = useLmsStatus((s) => s.retry);
  return (
    <section className="wrap" aria-label="Learning system">
      {mode === 'no-lms' && (
        <div className="notice error" role="alert">
          <p>
            <strong>Your progress will not be recorded.</strong> This course could not connect to your learning system (LMS), so nothing you
            do here is saved, not even on this device. To get credit, close this window and open the course again from your LMS.
          </p>
        </div>
      )}
      {mode === 'ended' && (
        <div className="notice" role="status">
          <p>
            <strong>Your session with the LMS has ended.</strong> To keep recording progress, close this window and open the course again
            from your LMS.
          </p>
        </div>
      )}
      {mode === 'connected' && problem && (
        <div className="notice error" role="alert">
          <p>
            <strong>Your LMS is not responding; progress may not be saved.</strong>{' '}
            {isRetrying ? 'Trying again…' : 'Keep this window open, check your connection, and try again.'}
          </p>
          <p>
            <button type="button" className="button secondary" onClick={retry}>
              Try saving again
            </button>
          </p>
          <p className="hint">Details for your LMS administrator: {problem}</p>
        </div>
      )}
      {mode === 'connected' && notes.length > 0 && (
        <div className="notice" role="status">
          <p>
            <strong>Some of your saved progress could not be restored.</strong> Everything that could be read has been kept.
          </p>
          <ul>
            {[...new Set(notes)].slice(0, 5).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      {mode === 'connected' && (
        <p className="hint">
          Your answers and scores are recorded by your organization’s learning system. Your reflections are not sent to it, and are kept
          only until you close this window.
        </p>
      )}
    </section>
  );
}
