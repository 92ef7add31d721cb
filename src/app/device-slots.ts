/**
 * The shared-computer UI (the first-visit offer, the shared-mode banner, the footer's controls),
 * loaded at start-up in parallel with the settings file rather than in the first-visit bundle,
 * and ready before the first render, so nothing shifts when it appears. Not loaded by the LMS
 * entry: in an LMS the LMS keeps progress. Until loaded (and in component tests that do not load
 * it), the shell simply shows none of it.
 */
import type { ComponentType } from 'react';

/** The pieces the shell places. */
export interface DeviceSlots {
  /** Top of the page: the first-visit offer or the shared-mode banner. */
  Notice: ComponentType;
  /** In the footer: "I'm on a shared computer" and "Remove everything from this computer". */
  Controls: ComponentType;
}

let slots: DeviceSlots | null = null;

/** Loads the pieces; resolves when they are ready (rejects only if the chunk cannot load). */
export async function loadDeviceSlots(): Promise<void> {
  const [notice, controls] = await Promise.all([
    import('../features/progress/shared-computer-notice'),
    import('../features/progress/device-controls'),
  ]);
  slots = { Notice: notice.SharedComputerNotice, Controls: controls.DeviceControls };
}

/** The loaded pieces, or null. */
export function deviceSlots(): DeviceSlots | null {
  return slots;
}
