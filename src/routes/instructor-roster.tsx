import { Link } from 'react-router';
import { Page } from '../components/page';
import { RosterView } from '../features/instructor/roster-view';

/** /instructor/roster — import and review trainees' completion receipts. */
export function Component() {
  return (
    <Page title="Roster">
      <p>
        <Link to="/instructor">Create an assignment link</Link>
      </p>
      <RosterView />
    </Page>
  );
}
