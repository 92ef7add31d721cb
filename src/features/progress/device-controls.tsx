import { useDeviceMode } from '../../store/device-mode';
import { RemoveEverythingButton } from './remove-everything-button';
import { chooseSharedComputer } from './shared-computer-notice';

/** The footer's storage controls: switch to shared-computer mode, or remove everything now. */
export function DeviceControls() {
  const mode = useDeviceMode((s) => s.mode);
  // While the first-visit offer is on screen it holds the same switch; one is enough.
  const isOffered = useDeviceMode((s) => s.isOffered);
  if (mode !== 'personal') return null;
  return (
    <div className="button-row device-controls no-print">
      {!isOffered && (
        <button type="button" className="button secondary" onClick={chooseSharedComputer}>
          I’m on a shared computer
        </button>
      )}
      <RemoveEverythingButton />
    </div>
  );
}
