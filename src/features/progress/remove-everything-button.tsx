import { useDeviceMode } from '../../store/device-mode';
import { ConfirmButton } from './confirm-button';

/** "Remove everything from this computer", behind a confirmation; the shell then shows what was removed. */
export function RemoveEverythingButton() {
  return (
    <ConfirmButton
      label="Remove everything from this computer"
      question="Remove everything this course keeps on this computer? Your progress, reflections, name and assignments, any instructor roster, and the offline copy of the course are deleted. Download a backup first if you want to keep your work."
      confirmLabel="Yes, remove everything"
      onConfirm={() => void remove()}
    />
  );
}

/** Loads the removal on first use (it is not part of the first visit) and runs it; the shell then shows the result. */
async function remove(): Promise<void> {
  try {
    // The page shown afterwards loads first: once the offline copy is deleted, it could not.
    const [{ removeEverything }] = await Promise.all([import('../../store/remove-everything'), import('./removed-page')]);
    await removeEverything();
  } catch {
    // The module could not load (offline before the course was saved): nothing was removed.
    useDeviceMode.setState({ mode: 'removed', notRemoved: ['anything: the removal could not start; reload the page and try again'] });
  }
}
