import { Component, type ReactNode } from 'react';

export interface RestartBoundaryProps {
  /** Told about the crash; the kiosk remounts the player (a new key) or reloads the page. */
  onError: (error: unknown) => void;
  /** Shown until the player is back: never a blank screen or an error. */
  fallback: ReactNode;
  children: ReactNode;
}

/** The kiosk's outermost boundary: a crash restarts the player instead of showing the error. */
export class RestartBoundary extends Component<RestartBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
