import { Component, type ReactNode } from 'react';
import { takeEarlyActions } from '../lib/app-loader';

/**
 * The last line: should the shell itself crash (not one screen, which has its own boundary), the
 * learner sees what happened and a way out, not a blank page. Plain and bilingual, because the
 * language setting may be what failed.
 */
export class RootBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
    // No screen will replay what the learner did on the page: let the Reload button be clicked.
    takeEarlyActions();
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="root-error">
        <h1>Something went wrong · 出错了</h1>
        <p>Your progress is safe. 你的学习进度是安全的。</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload · 重新加载
        </button>
      </main>
    );
  }
}
