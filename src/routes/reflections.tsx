import { Page } from '../components/page';
import { ReflectionJournal } from '../features/progress/reflection-journal';

/** /reflections — the learner's private reflection journal. */
export function Component() {
  return (
    <Page title="My reflections">
      <ReflectionJournal />
    </Page>
  );
}
