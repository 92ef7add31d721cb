import type { ReactNode } from 'react';
import { SETTINGS, type SettingId } from '../../domain/content/content-types';
import { ReflectionBox } from './reflection-box';

/**
 * The ONLY components lessons may use. The content check rejects any other capitalised tag,
 * so a typo in a lesson fails the build instead of vanishing from the page.
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
};

/** Names of the registered components, shared with the content check's expectations. */
export const registeredComponentNames = Object.keys(mdxComponents);
