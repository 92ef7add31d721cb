import { Page } from '../components/page';

/** /scoring — how scoring works, written for instructors. */
export function Component() {
  return <Page title="How scoring works">{null}</Page>;
}
