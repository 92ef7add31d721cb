import { PacketItem } from './packet-item';
import { useReviewPacket } from './use-review-packet';
import './safety-review.css';

/** The printable safety review packet: every safety-tagged scenario with sign-off lines. */
export function ReviewPacketView() {
  const { state, retry } = useReviewPacket();
  if (state.status === 'loading') return <p role="status">Loading every scenario…</p>;
  if (state.status === 'failed')
    return (
      <div className="notice error" role="alert">
        <p>The scenarios could not be loaded ({state.message}). If you are offline, reconnect and try again.</p>
        <button type="button" className="button" onClick={retry}>
          Try loading again
        </button>
      </div>
    );
  const { packet } = state.value;
  const left = packet.unreviewed.length;
  return (
    <>
      <p className="lede">
        Every safety-tagged scenario, for a licensed clinician and a certified peer supervisor to review and sign before your organization
        uses the course (content brief §3.3, rule 7). Responses are listed in the order the content gives them; learners see them shuffled.
        Record each sign-off in <code>content/reviews.json</code> (see docs/safety-review.md).
      </p>
      <p className="packet-summary">
        <strong>
          {packet.items.length - left} of {packet.items.length} scenarios signed off by both reviewers for content version {packet.version};{' '}
          {left} not yet reviewed.
        </strong>
      </p>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print the packet
        </button>
      </p>
      {packet.items.map((item) => (
        <PacketItem key={item.id} item={item} version={packet.version} />
      ))}
    </>
  );
}
