import { useState } from 'react';
import { ConfirmButton } from './confirm-button';

/**
 * "Remove everything from this computer" behind its confirmation, loaded when the learner first
 * presses the opener (remove-everything-button.tsx), so it opens on the question. The shell then
 * shows what was removed. If the removal's code cannot load, nothing was removed and the learner
 * is told here, with the course still in front of them.
 */
export function RemoveEverythingConfirm() {
  const [isStartFailed, setIsStartFailed] = useState(false);
  return (
    <>
      <ConfirmButton
        label="Remove everything from this computer"
        question="Remove everything this course keeps on this computer? Your progress, reflections, name and assignments, any instructor roster, and the offline copy of the course are deleted. Download a backup first if you want to keep your work."
        confirmLabel="Yes, remove everything"
        isAskingAtFirst
        onConfirm={() => {
          setIsStartFailed(false);
          void remove().then((started) => setIsStartFailed(!started));
        }}
      />
      {isStartFailed && (
        <p role="alert">Nothing was removed: part of the course could not load. Check your connection, reload the page, and try again.</p>
      )}
    </>
  );
}

/**
 * Loads the removal on first use and runs it; the shell then shows the result. Resolves to false
 * when its code could not load (offline before the course was saved): then nothing was removed.
 * removeEverything itself never rejects.
 */
async function remove(): Promise<boolean> {
  // The page shown afterwards loads first: once the offline copy is deleted, it could not.
  const loaded = await Promise.all([import('../../store/remove-everything'), import('./removed-page')]).catch(() => null);
  if (!loaded) return false;
  await loaded[0].removeEverything();
  return true;
}
