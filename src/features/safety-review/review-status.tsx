import { type LoadedPacket, useReviewPacket } from './use-review-packet';
import { CourseLink } from '../../components/course-link';

/** On the diagnostics page: how many safety items are signed off for this version, and which are not. */
export function ReviewStatus() {
  const { state, retry } = useReviewPacket();
  return (
    <section aria-labelledby="review-status">
      <h2 id="review-status">Safety review</h2>
      {state.status === 'loading' && <p role="status">Loading the scenarios…</p>}
      {state.status === 'failed' && (
        <p role="alert">
          The scenarios could not be loaded ({state.message}).{' '}
          <button type="button" className="button secondary" onClick={retry}>
            Try again
          </button>
        </p>
      )}
      {state.status === 'ready' && <Summary {...state.value} />}
    </section>
  );
}

function Summary({ packet, problems }: LoadedPacket) {
  const total = packet.items.length;
  const left = packet.unreviewed.length;
  return (
    <>
      <p className={left > 0 ? 'notice' : undefined}>
        <strong>
          {total - left} of {total} safety-tagged scenarios are signed off by both a clinician and a peer supervisor for content version{' '}
          {packet.version}.
        </strong>{' '}
        {left > 0 && 'Each must be reviewed before your organization uses the course.'}
      </p>
      {problems.length > 0 && (
        <p role="alert">content/reviews.json has {problems.length} entries that do not count; run npm run check:content to see them.</p>
      )}
      {left > 0 && (
        <details>
          <summary>The {left} scenarios not yet reviewed</summary>
          <ul className="id-list">
            {packet.unreviewed.map((id) => (
              <li key={id}>
                <code>{id}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p>
        <CourseLink to="/instructor/safety-review">Open the safety review packet</CourseLink> to print it for your reviewers.
      </p>
    </>
  );
}
