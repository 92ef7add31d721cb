import { createContext, useContext } from 'react';
import type { ModuleEntry } from '../../domain/content/content-types';

/** The module whose lesson is being shown, for MDX components that need it (e.g. Reflect). */
export const LessonContext = createContext<ModuleEntry | null>(null);

/** The current lesson's module; throws if used outside a lesson (an authoring bug). */
export function useLessonModule(): ModuleEntry {
  const module = useContext(LessonContext);
  if (!module) throw new Error('This lesson component can only be used inside a lesson.');
  return module;
}
