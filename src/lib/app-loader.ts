/*
 * A prerendered document shows its screen as soon as its HTML has arrived; the app's code only
 * makes it live. Were the code asked for in the HTML, its requests (React alone is 80 KB) would
 * start before the first paint and share a slow connection with it. So the build
 * (scripts/prerender.ts) takes the entry's script and module preloads out of each document and
 * writes in this loader instead, which asks for them once the first frame has been drawn: at
 * once in a tab that is hidden, where no frame is drawn. It has no imports and touches nothing
 * but the document and `window.cloudcardsEarly`, so the build writes it into the page as it is.
 */

/** Where the entry and the modules it preloads are: `crossorigin` as the build wrote each. */
export type AppScripts = { entry: string; preloads: { href: string; crossorigin: boolean }[] };

/** A key pressed before the app was live, as src/lib/early-input.ts replays it. */
export type EarlyKey = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** What the learner did on the page before the app was live: a shortcut pressed, or a button clicked or tapped. */
export type EarlyAction = { key: EarlyKey } | { click: HTMLButtonElement };

/** Where the loader keeps those actions, and how to stop it keeping them (once the first screen is live, or failed). */
export type EarlyActions = { actions: EarlyAction[]; stop: () => void };
declare global {
  interface Window {
    cloudcardsEarly?: EarlyActions;
  }
}

/**
 * Adds the app's code once the first frame is drawn, and meanwhile keeps what the learner does
 * on the page, for the app to replay once its screen is live: a button clicked or tapped ("Show
 * answer"; a form's submit button, which would otherwise submit the form to the server), and a
 * shortcut pressed with nothing focused (Space on a card, / in the glossary). A link needs no
 * keeping: it leads to a page of its own.
 */
export function loadAppAfterPaint(scripts: AppScripts): void {
  const actions: EarlyAction[] = [];
  const onKey = (event: KeyboardEvent) => {
    if (event.target !== document.body && event.target !== document.documentElement) return;
    actions.push({ key: { key: event.key, code: event.code, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, shiftKey: event.shiftKey } });
  };
  // Kept from React too: while it hydrates, a click on what it has not yet reached is lost.
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button === null || button.disabled || !document.getElementById('root')?.contains(button)) return;
    event.preventDefault();
    event.stopPropagation();
    actions.push({ click: button });
  };
  document.addEventListener('keydown', onKey);
  document.addEventListener('click', onClick, true);
  window.cloudcardsEarly = {
    actions,
    stop: () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey);
    },
  };

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const preload of scripts.preloads) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      if (preload.crossorigin) link.crossOrigin = '';
      link.href = preload.href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = scripts.entry;
    document.head.append(script);
  };
  if (document.visibilityState === 'hidden') return start();
  // After the frame: a timer set in an animation-frame callback runs once that frame is painted.
  requestAnimationFrame(() => setTimeout(start, 0));
  // A tab hidden before its first frame draws none until it is shown again: start there and then.
  document.addEventListener('visibilitychange', start, { once: true });
}
