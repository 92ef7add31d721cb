import { useEffect } from 'react';
import { useDeviceMode } from '../../store/device-mode';
import { useProgress } from '../../store/progress-store';

/**
 * In shared-computer mode, closing or reloading the window loses the learner's work (by design):
 * once there is work to lose, the browser asks before leaving, a last chance to download a backup.
 */
export function useWarnBeforeClosing(): void {
  const isShared = useDeviceMode((s) => s.mode === 'shared');
  const hasWork = useProgress((s) => s.attempts.length > 0 || Object.keys(s.reflections).length > 0);
  useEffect(() => {
    if (!isShared || !hasWork) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isShared, hasWork]);
}
