import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadAppAfterPaint } from './app-loader';

const SCRIPTS = {
  entry: '/assets/index.js',
  preloads: [
    { href: '/assets/react.js', crossorigin: true },
    { href: '/assets/index-data.js', crossorigin: false },
  ],
};

const added = () => [...document.head.querySelectorAll('link[rel="modulepreload"], script[type="module"]')].map((element) => element.outerHTML);

let visibility: DocumentVisibilityState = 'visible';
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
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

describe('the app loader of a prerendered document', () => {
  it('adds the preloads, then the entry, once the first frame has been drawn', () => {
    loadAppAfterPaint(SCRIPTS);
    expect(added()).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(added()).toEqual([]); // the frame is being drawn: not yet
    vi.runOnlyPendingTimers(); // the timer set in that frame
    expect(added()).toEqual([
      '<link rel="modulepreload" crossorigin="" href="/assets/react.js">',
      '<link rel="modulepreload" href="/assets/index-data.js">',
      '<script type="module" crossorigin="" src="/assets/index.js"></script>',
    ]);
  });

  it('starts at once in a hidden tab, which draws no frame', () => {
    visibility = 'hidden';
    loadAppAfterPaint(SCRIPTS);
    expect(added()).toHaveLength(3);
  });

  it('starts when a tab hidden before its first frame is shown, and only once', () => {
    loadAppAfterPaint(SCRIPTS);
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(added()).toHaveLength(3);
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
    expect(added()).toHaveLength(3);
  });
});

describe('what the learner does before the app is live', () => {
  const press = (target: EventTarget, init: KeyboardEventInit) => target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
  const NO_MODIFIERS = { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };

  it('keeps the shortcuts pressed with nothing focused, not a key on a focused control, until the app stops it', () => {
    loadAppAfterPaint(SCRIPTS);
    const field = document.body.appendChild(document.createElement('input'));
    press(document.body, { key: ' ', code: 'Space' });
    press(field, { key: 'a', code: 'KeyA' });
    press(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    window.cloudcardsEarly?.stop();
    press(document.body, { key: '1', code: 'Digit1' });
    expect(window.cloudcardsEarly?.actions).toEqual([{ key: { key: ' ', code: 'Space', ...NO_MODIFIERS } }, { key: { key: 'z', code: 'KeyZ', ...NO_MODIFIERS, ctrlKey: true } }]);
    field.remove();
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
    expect(window.cloudcardsEarly?.actions).toEqual([{ click: submit }]);
    window.cloudcardsEarly?.stop();
    submit.click();
    expect([sent, heard]).toEqual([1, 1]); // the app's now: the loader keeps it no more
    expect(window.cloudcardsEarly?.actions).toHaveLength(1);
    document.body.replaceChildren();
  });
});
