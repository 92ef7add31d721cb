import { Page } from '../components/page';
import { LearnerName } from '../features/progress/learner-name';
import { ResetPanel } from '../features/progress/reset-panel';
import { RestorePanel } from '../features/progress/restore-panel';

/** /my-progress — name, backup and restore, reset. */
export function Component() {
  return (
    <Page title="My progress and backups">
      <LearnerName />
      <RestorePanel />
      <ResetPanel />
    </Page>
  );
}
