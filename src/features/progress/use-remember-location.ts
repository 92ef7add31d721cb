import { useEffect } from 'react';
import { useCourseAddress } from '../../components/course-address';
import { useProgress } from '../../store/progress-store';

// Only places worth returning to: lessons and quizzes (a quiz resumes at its first unanswered
// scenario by itself), not utility pages.
const RESUMABLE = /^\/(module\/[a-z-]+(\/quiz)?|review)$/;

/** Remembers the last lesson or quiz visited, for "Continue where you left off". */
export function useRememberLocation(): void {
  const { pathname } = useCourseAddress();
  const setLastLocation = useProgress((s) => s.setLastLocation);
  useEffect(() => {
    if (RESUMABLE.test(pathname)) setLastLocation(pathname);
  }, [pathname, setLastLocation]);
}
