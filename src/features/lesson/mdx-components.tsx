import type { ComponentType, ReactNode } from 'react';
import { SETTINGS, type SettingId } from '../../domain/content/content-types';
import type { LESSON_COMPONENTS } from '../../domain/content/validate-lesson';
import { ReflectionBox } from './reflection-box';

/**
 * The ONLY components lessons may use. The list itself lives in the content check
 * (`LESSON_COMPONENTS`), which rejects any other capitalized tag so a typo fails the build; the
 * `satisfies` below makes this map and that list the same set, or the typecheck fails.
 */
export const mdxComponents = {
  KeyIdea: ({ children }: { children: ReactNode }) => (
    <aside className="key-idea" aria-label="Key idea">
      <p className="callout-label">Key idea</p>
      {children}
    </aside>
  ),
  Example: ({ setting, title, children }: { setting: SettingId; title: string; children: ReactNode }) => (
    <section className="example" aria-label={`Example: ${title}`}>
      <h3>
        <span className="example-setting">{SETTINGS[setting] ?? setting}</span> {title}
      </h3>
      {children}
    </section>
  ),
  Reflect: () => <ReflectionBox />,
  Recap: ({ children }: { children: ReactNode }) => (
    <aside className="recap" aria-label="Recap">
      {children}
    </aside>
  ),
  ContentNote: ({ children }: { children: ReactNode }) => (
    <aside className="content-note" aria-label="Content note">
      {children}
    </aside>
  ),
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
} satisfies Record<(typeof LESSON_COMPONENTS)[number], ComponentType<any>>;
