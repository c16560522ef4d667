import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAppAfterPaint, takeEarlyActions } from './app-loader';

const SCRIPTS = {
  entry: '/assets/index.js',
  preloads: '<link rel="modulepreload" crossorigin href="/assets/react.js"><link rel="modulepreload" href="/assets/index-data.js">',
};

const added = () => [...document.head.querySelectorAll('link[rel="modulepreload"], script[type="module"]')].map((element) => element.outerHTML);

let visibility: DocumentVisibilityState = 'visible';
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  document.head.replaceChildren();
});
afterEach(() => {
  window.cloudcardsEarly?.stop();
  delete window.cloudcardsEarly;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A browser that reports paints: `paint()` is the first contentful paint reaching the screen. */
function reportPaints() {
  let observer: { callback: PerformanceObserverCallback; self: PerformanceObserver } | null = null;
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(callback: PerformanceObserverCallback) {
      observer = { callback, self: this as unknown as PerformanceObserver };
    }
    observe() {}
    disconnect() {
      observer = null;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  const entries = (name: string) => ({ getEntriesByName: (wanted: string) => (wanted === name ? [{ name }] : []) }) as unknown as PerformanceObserverEntryList;
  return { paint: (name = 'first-contentful-paint') => observer?.callback(entries(name), observer.self) };
}

describe('the app loader of a prerendered document', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('adds the preloads, then the entry, once the first contentful paint is on the screen', () => {
    const browser = reportPaints();
    loadAppAfterPaint(SCRIPTS);
    browser.paint('first-paint');
    expect(added()).toEqual([]);
    browser.paint();
    expect(added()).toHaveLength(3);
    vi.advanceTimersByTime(5_000); // the longest wait, run out: nothing more
    expect(added()).toHaveLength(3);
  });

  it('waits no longer than a second and a half for a paint the browser never reports', () => {
    reportPaints();
    loadAppAfterPaint(SCRIPTS);
    vi.advanceTimersByTime(1_499);
    expect(added()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(added()).toHaveLength(3);
  });

  it('starts at once on a page the app will draw over, which shows nothing first', () => {
    reportPaints();
    document.documentElement.dataset.stale = '';
    loadAppAfterPaint(SCRIPTS);
    delete document.documentElement.dataset.stale;
    expect(added()).toHaveLength(3);
  });

  it('starts at once in a hidden tab, which draws no frame', () => {
    reportPaints();
    visibility = 'hidden';
    loadAppAfterPaint(SCRIPTS);
    expect(added()).toHaveLength(3);
  });

  it('in a tab hidden before its first paint (which draws none), starts after the longest wait, and only once', () => {
    const browser = reportPaints();
    loadAppAfterPaint(SCRIPTS);
    visibility = 'hidden';
    vi.advanceTimersByTime(1_500);
    expect(added()).toHaveLength(3);
    browser.paint();
    expect(added()).toHaveLength(3);
  });

  it('runs React\'s chunk first, and the entry a task after that chunk has run (or failed)', () => {
    for (const outcome of ['load', 'error'] as const) {
      document.head.replaceChildren();
      loadAppAfterPaint({ ...SCRIPTS, first: '/assets/react.js' });
      vi.advanceTimersByTime(1_500);
      const scripts = () => [...document.head.querySelectorAll('script')].map((script) => script.getAttribute('src'));
      expect(scripts()).toEqual(['/assets/react.js']);
      document.head.querySelector('script')!.dispatchEvent(new Event(outcome));
      expect(scripts()).toEqual(['/assets/react.js']);
      vi.advanceTimersByTime(0);
      expect(scripts()).toEqual(['/assets/react.js', '/assets/index.js']);
      window.cloudcardsEarly?.stop();
    }
  });
});

describe('what the learner does before the app is live', () => {
  beforeEach(() => reportPaints());
  afterEach(() => vi.unstubAllGlobals());
  const press = (target: EventTarget, init: KeyboardEventInit) => {
    const event = new KeyboardEvent('keydown', { bubbles: true, ...init });
    target.dispatchEvent(event);
    return event;
  };

  it('keeps the shortcuts pressed with nothing focused, not a key on a focused control, until the app stops it', () => {
    loadAppAfterPaint(SCRIPTS);
    const field = document.body.appendChild(document.createElement('input'));
    const space = press(document.body, { key: ' ', code: 'Space' });
    press(field, { key: 'a', code: 'KeyA' });
    const undo = press(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    let heard = 0;
    const hear = () => heard++;
    document.addEventListener('keydown', hear); // the app, live before what replays the keys has come
    press(document.body, { key: 'Enter', code: 'Enter' });
    const early = takeEarlyActions();
    press(document.body, { key: '1', code: 'Digit1' });
    document.removeEventListener('keydown', hear);
    expect(heard).toBe(1); // only "1", pressed once the app had stopped the loader
    expect(early?.actions.map((event) => (event as KeyboardEvent).key)).toEqual([' ', 'z', 'Enter']);
    expect(early?.actions.slice(0, 2)).toEqual([space, undo]);
    expect(early?.typed).toBe(false);
    expect(window.cloudcardsEarly).toBeUndefined();
    field.remove();
  });

  it('keeps what is typed, ticked or picked in the page from the app, noting it for the app to read from the controls, until it stops', () => {
    document.body.innerHTML = '<div id="root"><input type="number" value="20"><input type="radio"><input type="checkbox"><textarea></textarea><select><option>10</option><option>20</option></select></div>';
    loadAppAfterPaint(SCRIPTS);
    const [field, radio, box] = [...document.querySelectorAll('input')] as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
    const textarea = document.querySelector('textarea')!;
    const heard: string[] = [];
    const hear = (event: Event) => heard.push(event.type);
    for (const type of ['click', 'input', 'change']) document.addEventListener(type, hear, true); // the app
    expect(window.cloudcardsEarly?.typed).toBe(false);
    field.value = '12';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    textarea.dispatchEvent(new Event('change', { bubbles: true }));
    const list = document.querySelector('select')!;
    list.value = '20';
    list.dispatchEvent(new Event('change', { bubbles: true }));
    radio.click();
    box.click();
    // In the controls, and nothing reached the app: one change heard would re-render a screen
    // over the others not yet replayed.
    expect([field.value, radio.checked, box.checked, list.value]).toEqual(['12', true, true, '20']);
    expect(heard).toEqual([]);
    const early = takeEarlyActions();
    expect(early?.typed).toBe(true);
    field.click();
    expect(heard).toEqual(['click']);
    for (const type of ['click', 'input', 'change']) document.removeEventListener(type, hear, true);
  });

  it('keeps a click on a button of the page from the app and its form from being sent, until it stops', () => {
    document.body.innerHTML = '<div id="root"><form><button type="submit"><span>Check</span></button></form><button disabled>Off</button></div><button id="outside">Out</button>';
    loadAppAfterPaint(SCRIPTS);
    const submit = document.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    let sent = 0;
    let heard = 0;
    document.querySelector('form')!.addEventListener('submit', (event) => {
      sent++;
      event.preventDefault();
    });
    document.getElementById('root')!.addEventListener('click', () => heard++); // where React listens
    document.querySelector('span')!.click(); // the button's label, as a finger lands
    document.querySelector<HTMLButtonElement>('button[disabled]')!.click();
    document.getElementById('outside')!.click();
    expect([sent, heard]).toEqual([0, 0]);
    const early = takeEarlyActions();
    expect(early?.actions).toEqual([submit]);
    submit.click();
    expect([sent, heard]).toEqual([1, 1]); // the app's now: the loader keeps it no more
    expect(early?.actions).toHaveLength(1);
    document.body.replaceChildren();
  });
});
