import { useEffect } from 'react';
import { CrisisLine } from '../../components/crisis-line';
import { courseSettings } from '../../config/course-settings';

/** Props for NoLmsPage. */
interface NoLmsPageProps {
  /** What went wrong, for the learner's LMS administrator. */
  reason: string;
  /** Opens the course anyway, with nothing recorded. */
  onContinue: () => void;
}

/**
 * Shown instead of the course when the LMS launch page finds no LMS: says plainly that progress
 * will not be recorded, how to fix it, and lets the learner read anyway.
 */
export function NoLmsPage({ reason, onContinue }: NoLmsPageProps) {
  useEffect(() => {
    document.title = `Progress will not be recorded · ${courseSettings().courseName}`;
  }, []);
  return (
    <main id="main" className="wrap">
      <h1>Your progress will not be recorded</h1>
      <p className="lede">This course could not connect to your organization’s learning system (LMS).</p>
      <p>
        Nothing you do here will be recorded or saved, not even on this device. To get credit for the course, close this window and open the
        course again from your LMS.
      </p>
      <p>If this keeps happening, tell your LMS administrator. Details: {reason}</p>
      <p>
        <button type="button" className="button" onClick={onContinue}>
          Read the course without recording progress
        </button>
      </p>
      <CrisisLine />
    </main>
  );
}
