import { usePageParams } from '../components/course-address';
import { Page } from '../components/page';
import { AssignmentConfirm } from '../features/assignment/assignment-confirm';

/**
 * /assign/<code> — a trainee opens an instructor's assignment link and chooses whether to add it.
 * Everything after `assign/` is the code, even when empty or holding a slash: the decoder's own
 * message then says what is wrong, instead of "Page not found".
 */
export function Component() {
  const { '*': code = '' } = usePageParams();
  return (
    <Page title="An assignment for you">
      <AssignmentConfirm code={code} />
    </Page>
  );
}
