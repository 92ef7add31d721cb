import { Page } from '../components/page';
import { ReviewStatus } from '../features/safety-review/review-status';
import { SettingsReport } from '../features/settings/settings-report';
import { CourseLink } from '../components/course-link';

/** /settings-check — for the site's administrator: the settings file's problems and the safety review status. */
export function Component() {
  return (
    <Page title="Check this site’s settings">
      <p className="lede">
        For whoever hosts this course: what <code>course-settings.json</code> set, what was refused and why, and which safety scenarios
        still need review. Every field is explained in the course’s docs/hosting.md.
      </p>
      <SettingsReport />
      <ReviewStatus />
      <p>
        <CourseLink to="/instructor">Back to the instructor area</CourseLink>
      </p>
    </Page>
  );
}
