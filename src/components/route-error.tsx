import { useEffect, type ReactNode } from 'react';
import { takeEarlyActions } from '../lib/app-loader';
import { Link } from 'react-router-dom';
import { defineMessages, useMessages } from '../lib/i18n';
import { paths } from '../lib/paths';
import { Page } from './page';

const messages = defineMessages({
  en: {
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    errorTitle: 'Something went wrong',
    errorBody: 'This screen failed to load. Your progress is safe. Try again, or go back to Today.',
    tryAgain: 'Try again',
    goHome: 'Go to Today',
  },
  zh: {
    notFoundTitle: '找不到页面',
    notFoundBody: '这个地址没有页面。它可能已被移动，或者链接有误。',
    errorTitle: '出错了',
    errorBody: '此页面加载失败。你的学习进度是安全的。请重试，或返回“今日”。',
    tryAgain: '重试',
    goHome: '返回“今日”',
  },
});

export function NotFound({ title, lead, children }: { title?: string; lead?: string; children?: ReactNode }) {
  const m = useMessages(messages);
  return (
    <Page title={title ?? m.notFoundTitle} lead={lead ?? m.notFoundBody}>
      {children}
      <p>
        <Link to={paths.home()}>{m.goHome}</Link>
      </p>
    </Page>
  );
}

/** What a screen shows when it crashed or failed to load: a retry and a way home. */
export function RouteError({ retry }: { retry: () => void }) {
  const m = useMessages(messages);
  // The screen the learner saw will not be live: let "Try again" be clicked.
  useEffect(() => void takeEarlyActions(), []);
  return (
    <Page title={m.errorTitle} lead={m.errorBody}>
      <p className="actions">
        <button type="button" className="button" onClick={retry}>
          {m.tryAgain}
        </button>
        <Link className="button secondary" to={paths.home()}>
          {m.goHome}
        </Link>
      </p>
    </Page>
  );
}
