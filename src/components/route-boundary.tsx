import { Component, Suspense, type ReactNode } from 'react';

type Props = { children: ReactNode; fallback: (retry: () => void) => ReactNode; resetKey: string };
type State = { failed: boolean };

/**
 * One screen's error boundary and loading state. A crash in one screen shows a message in
 * that screen while the header and navigation keep working; moving to another URL resets it.
 */
export class RouteBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  retry = () => this.setState({ failed: false });

  override render() {
    if (this.state.failed) return this.props.fallback(this.retry);
    return <Suspense fallback={<div className="loading" aria-busy="true" />}>{this.props.children}</Suspense>;
  }
}
