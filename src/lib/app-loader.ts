/*
 * A prerendered document shows its screen as soon as its HTML has arrived; the app's code only
 * makes it live. Were the code asked for in the HTML, its requests (React alone is 80 KB) would
 * start before the first paint and share a slow connection with it. So the build
 * (scripts/prerender.ts) takes the entry's script and module preloads out of each document and
 * writes in this loader instead, which asks for them once the first frame has been drawn: at
 * once in a tab that is hidden, where no frame is drawn. It has no imports and touches nothing
 * but the document and `window.cloudcardsEarly`, so the build writes it into the page as it is.
 */

/**
 * Where the entry is, and the module preloads the build wrote for it, as the HTML they were
 * (they only need adding to the head; a script added so would not run, the entry is made).
 */
export type AppScripts = {
  entry: string;
  preloads: string;
  /**
   * A chunk the entry imports, run a task before it: React's, whose evaluation together with the
   * app's was one task of ~90 ms on a slow phone (4× CPU), that a tap on the page waited behind.
   * Run first, it is in the browser's module map when the entry imports it, and is not run again.
   */
  first?: string;
};

/**
 * What the learner did on the page before the app was live: a shortcut pressed (the key event
 * itself), or a button clicked or tapped.
 */
export type EarlyAction = KeyboardEvent | HTMLButtonElement;

/**
 * Where the loader keeps those actions, whether anything was typed into the page's controls
 * (src/lib/early-input.ts reads what), and how to stop it keeping them.
 */
export type EarlyActions = { actions: EarlyAction[]; typed: boolean; stop: () => void };
declare global {
  interface Window {
    cloudcardsEarly?: EarlyActions;
  }
}

/**
 * Adds the app's code once the first paint is on the screen, and meanwhile keeps what the
 * learner does on the page, for the app to replay once its screen is live: a button clicked or
 * tapped ("Show answer"; a form's submit button, which would otherwise send the form to the
 * server), a shortcut pressed with nothing focused (Space on a card, / in the glossary), and
 * whether anything was typed or ticked into its controls, which keep it themselves. A
 * link needs no keeping: it leads to a page of its own. Every first visit downloads this, inside
 * the HTML: it is kept short.
 */
export function loadAppAfterPaint(scripts: AppScripts): void {
  /** Should the browser never say the page was painted, the longest the code waits for it. */
  const MAX_WAIT_MS = 1500;
  const actions: EarlyAction[] = [];
  const keep = (event: Event) => {
    const target = event.target as Element;
    // What is typed into a control, or ticked, is in the control already: replayed from there,
    // all at once, so kept from React too. Heard while the page is part hydrated, one change
    // would re-render its screen and put what the build drew back in the controls not yet
    // replayed; and a box or radio is ticked before its click is dispatched, so React, were it
    // to hydrate the box to hear that click, would take the tick for what it drew.
    const control = target.closest?.('#root input, #root textarea, #root select') as HTMLInputElement | null;
    const ticked = event.type === 'click' && control === target && (control.type === 'checkbox' || control.type === 'radio');
    if (control && (event.type === 'input' || event.type === 'change' || ticked)) {
      event.stopPropagation();
      early.typed = true;
      return;
    }
    if (event.type === 'keydown') {
      // Kept from the app too, which may be live before what replays them has come (a key heard
      // twice would grade a card twice).
      if (target !== document.body) return;
      event.stopPropagation();
      actions.push(event as KeyboardEvent);
      return;
    }
    // Kept from React too: while it hydrates, a click on what it has not yet reached is lost.
    const button = target.closest?.('#root button');
    if (!(button instanceof HTMLButtonElement) || button.disabled) return;
    event.preventDefault();
    event.stopPropagation();
    actions.push(button);
  };
  const types = ['keydown', 'click', 'input', 'change'];
  for (const type of types) addEventListener(type, keep, true);
  const early: EarlyActions = (window.cloudcardsEarly = {
    actions,
    typed: false,
    stop: () => {
      for (const type of types) removeEventListener(type, keep, true);
    },
  });

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    document.head.insertAdjacentHTML('beforeend', scripts.preloads);
    const run = (src: string, then?: () => void) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = src;
      // A module script's load comes once it has run; should it fail, the entry says so itself.
      if (then) script.onload = script.onerror = () => setTimeout(then, 0);
      document.head.append(script);
    };
    const entry = () => run(scripts.entry);
    if (scripts.first) run(scripts.first, entry);
    else entry();
  };
  // At once where nothing is to be shown first: a hidden tab, or a page the app will draw over
  // (data-stale, src/lib/document-choice.ts).
  if (document.visibilityState === 'hidden' || document.documentElement.dataset.stale !== undefined) return start();
  // Once the first paint is on the screen (its entry is written when the frame is presented):
  // a big page's frame can take a while to reach the screen after it was drawn, and the code's
  // requests and its running would then share that time. Every browser the build targets
  // reports paints; should one not, the timer starts the code.
  new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length > 0 && start()).observe({ type: 'paint', buffered: true });
  // (Also a tab hidden before its first paint, which draws none until it is shown again.)
  setTimeout(start, MAX_WAIT_MS);
}

/**
 * What the loader kept, taken from it: it keeps nothing more, and clicks reach the app. Called
 * once the first screen is live (which replays it), or by what draws something else instead (a
 * screen that failed, the root boundary, the app drawing its own screen), which drops it.
 */
export function takeEarlyActions(): EarlyActions | undefined {
  const early = window.cloudcardsEarly;
  early?.stop();
  delete window.cloudcardsEarly;
  return early;
}
