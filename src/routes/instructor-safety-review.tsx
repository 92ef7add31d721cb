import { Page } from '../components/page';
import { ReviewPacketView } from '../features/safety-review/review-packet-view';

/** /instructor/safety-review — the printable safety review packet. */
export function Component() {
  return (
    <Page title="Safety review packet">
      <ReviewPacketView />
    </Page>
  );
}
