import { Component, type ReactNode } from 'react';
import { isMissingChunkError } from '../features/offline/missing-chunk';
import { RouteError } from '../routes/route-error';

interface Props {
  /** The current address: a new one clears the error, so the learner can go elsewhere. */
  resetKey: string;
  children: ReactNode;
}

/**
 * Catches a page that throws while loading or rendering (a chunk gone offline or after a new
 * deployment, a bug) and shows the error page instead of a blank screen. The one class
 * component in the app: React has no hook for catching render errors.
 */
export class PageErrorBoundary extends Component<Props, { error: unknown; at: string | null }> {
  override state = { error: null as unknown, at: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; at: string | null }) {
    // The address the error happened at; moving away from it clears the error.
    if (state.at === null) return { at: props.resetKey };
    if (state.at !== props.resetKey) return { error: null, at: props.resetKey };
    return null;
  }

  override render() {
    return this.state.error === null ? this.props.children : <RouteError error={this.state.error} />;
  }
}

/**
 * For createRoot's `onCaughtError`: React logs every error a boundary caught. A page's code that
 * is gone after a deployment (or out of reach offline) is handled, not a fault: the page reloads
 * into the new version or explains, so it is not logged as an error. Anything else is.
 */
export function reportCaughtError(error: unknown, info: { componentStack?: string }): void {
  if (!isMissingChunkError(error)) console.error(error, info.componentStack);
}
