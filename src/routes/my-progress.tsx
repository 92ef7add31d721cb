import { Page } from '../components/page';
import { LearnerName } from '../features/progress/learner-name';
import { ProgressTable } from '../features/progress/progress-table';
import { ResetPanel } from '../features/progress/reset-panel';
import { RestorePanel } from '../features/progress/restore-panel';

/** /my-progress — where the learner stands in every module; then name, backup and restore, reset (secondary). */
export function Component() {
  return (
    <Page title="My progress and backups">
      <ProgressTable />
      <LearnerName />
      <RestorePanel />
      <ResetPanel />
    </Page>
  );
}
