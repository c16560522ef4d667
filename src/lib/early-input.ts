import type { EarlyAction, EarlyActions } from './app-loader';

/**
 * What a learner did to the form controls of a prerendered page before the app took it over (on a
 * slow connection the page shows seconds before its code) is in the controls but reached no
 * handler: React takes a control over as it finds it, while its state keeps what the build drew.
 * Replayed here, once the screen is live, as the changes they were: text typed, a box ticked or a
 * radio chosen, an option picked from a list, a file picked. All are read first, as a change
 * re-renders its screen and puts the drawn values back in the others. React reports a change only
 * from the value it last set, so each control is set to the other value through React's own
 * setter, then to the learner's.
 */
export function replayEarlyInput(root: ParentNode): void {
  for (const { replay } of earlyChanges(root)) replay();
}

/** A control the learner changed before the app took the page over, and how to replay it. */
type EarlyChange = { control: Element; replay: () => void };

function earlyChanges(root: ParentNode): EarlyChange[] {
  const changes: EarlyChange[] = [];
  for (const control of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
    const change = (replay: () => void) => changes.push({ control, replay });
    if (control instanceof HTMLSelectElement) {
      // React hears a list's change from the event alone, and puts its own choice back on the
      // next render: the learner's is set again as it is replayed.
      const drawn = [...control.options].find((option) => option.defaultSelected) ?? control.options[0];
      const wanted = control.value;
      if (drawn && wanted !== drawn.value) {
        change(() => {
          control.value = wanted;
          control.dispatchEvent(new Event('change', { bubbles: true }));
        });
      }
    } else if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
      const wanted = control.checked;
      // A radio is replayed by the one chosen, not by the one it unchecked.
      if (wanted === control.defaultChecked || (control.type === 'radio' && !wanted)) continue;
      change(() => {
        control.checked = !wanted;
        control.click();
      });
    } else if (control instanceof HTMLInputElement && control.type === 'file') {
      if (control.files?.length) change(() => control.dispatchEvent(new Event('change', { bubbles: true })));
    } else if (control.value !== control.defaultValue) {
      const typed = control.value;
      change(() => {
        control.value = typed === '' ? ' ' : '';
        typeInto(control, typed);
      });
    }
  }
  return changes;
}

/** The longest the replay waits for React to reach the controls the learner changed, and how often it looks. */
const MAX_WAIT_MS = 5000;
const LOOK_EVERY_MS = 50;

/**
 * Whether React has reached a control (hydrated it, or is hydrating it, so that an event on it
 * reaches its handler), read from the props React keeps on it: React has no public word for it.
 */
function reached(control: Element): boolean {
  return Object.keys(control).some((key) => key.startsWith('__reactProps$'));
}

/**
 * Replays what the loader kept (`take` takes it, and stops it keeping more) once React has
 * reached every control the learner changed. A part of a screen in a boundary of its own (a
 * section whose code loads apart, as Settings' export and sync) hydrates after the screen has
 * gone live; a change replayed before would be lost. Until then the loader goes on keeping what
 * the learner does, which stays in the controls. Should a control never be reached, the replay
 * waits no more than MAX_WAIT_MS.
 */
export function replayEarlyOnceReached(take: () => EarlyActions | undefined, waited = 0): void {
  const waiting = window.cloudcardsEarly?.typed && earlyChanges(document).some(({ control }) => !reached(control));
  if (waiting && waited < MAX_WAIT_MS) {
    setTimeout(() => replayEarlyOnceReached(take, waited + LOOK_EVERY_MS), LOOK_EVERY_MS);
    return;
  }
  replayEarly(take());
}

/**
 * What the learner did on a prerendered page before its screen was live (src/lib/app-loader.ts
 * kept it), done again once the screen's handlers are attached: text typed into its controls
 * first, then the keys and taps in order, which may submit it.
 */
function replayEarly(early: EarlyActions | undefined): void {
  if (!early) return;
  if (early.typed) replayEarlyInput(document);
  replayEarlyActions(early.actions);
}

/**
 * The keys and taps, so that a tap on "Show answer" or Space on a card drawn before its code
 * arrived still shows the answer. React hydrates the very elements the learner clicked, so each
 * is clicked again as it is. Letters typed after a shortcut that opened a text field ("/" then
 * "iaas" in the glossary) are typed into it, as they would have been had the page been live.
 */
export function replayEarlyActions(actions: readonly EarlyAction[]): void {
  for (const action of actions) {
    if (action instanceof KeyboardEvent) {
      const { key, code, ctrlKey, metaKey, altKey, shiftKey } = action;
      const field = document.activeElement;
      if (field instanceof HTMLInputElement && key.length === 1 && !ctrlKey && !metaKey && !altKey) {
        typeInto(field, field.value + key);
        continue;
      }
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, code, ctrlKey, metaKey, altKey, shiftKey, bubbles: true, cancelable: true }));
    } else if (action.isConnected && !action.disabled) action.click();
  }
}

/**
 * Sets a control's text as typing would, heard by React: it reports a change only from the value
 * it last set, so the value is set past React's own setter.
 */
function typeInto(control: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set?.call(control, text);
  control.dispatchEvent(new Event('input', { bubbles: true }));
}
