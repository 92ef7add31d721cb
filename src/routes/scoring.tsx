import { Page } from '../components/page';
import { ScoringGuide } from '../features/quiz/scoring-guide';

/** /scoring — how scoring works, written for instructors. */
export function Component() {
  return (
    <Page title="How scoring works">
      <ScoringGuide />
    </Page>
  );
}
