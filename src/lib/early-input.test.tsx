import { act, lazy, Suspense, useState } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { EarlyActions } from './app-loader';
import { replayEarlyActions, replayEarlyInput, replayEarlyOnceReached } from './early-input';

// act() is used by hand here, not through Testing Library, which would say so itself.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A form as a screen holds it: each control's state, shown back as text. */
function Form() {
  const [text, setText] = useState('');
  const [count, setCount] = useState(20);
  const [theme, setTheme] = useState('light');
  const [remind, setRemind] = useState(true);
  const [file, setFile] = useState('');
  const [size, setSize] = useState('10');
  return (
    <form>
      <input aria-label="search" type="search" value={text} onChange={(event) => setText(event.target.value)} />
      <input aria-label="count" type="number" value={count} onChange={(event) => setCount(Number(event.target.value))} />
      {['light', 'dark'].map((value) => (
        <input key={value} aria-label={value} type="radio" name="theme" value={value} checked={theme === value} onChange={() => setTheme(value)} />
      ))}
      <input aria-label="remind" type="checkbox" checked={remind} onChange={(event) => setRemind(event.target.checked)} />
      <input aria-label="file" type="file" onChange={(event) => setFile(event.target.files?.[0]?.name ?? '')} />
      <select aria-label="size" value={size} onChange={(event) => setSize(event.target.value)}>
        {['10', '20', '50'].map((value) => (
          <option key={value}>{value}</option>
        ))}
      </select>
      <output>{JSON.stringify({ text, count, theme, remind, file, size })}</output>
    </form>
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

/** The prerendered form, as the learner left it before the app took over, then hydrated. */
async function hydratedAfter(learner: (container: HTMLElement) => void): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Form />);
  document.body.append(container);
  learner(container);
  await act(async () => {
    root = hydrateRoot(container, <Form />);
  });
  return container;
}

const control = (container: HTMLElement, label: string) => container.querySelector<HTMLInputElement>(`[aria-label="${label}"]`)!;
const shown = (container: HTMLElement) => JSON.parse(container.querySelector('output')!.textContent!) as Record<string, unknown>;

describe('replayEarlyInput', () => {
  it('hands what the learner did before hydration to the app: text, a number, a radio, a box unticked, a file, an option', async () => {
    const picked = new File(['{}'], 'backup.json', { type: 'application/json' });
    const container = await hydratedAfter((form) => {
      control(form, 'search').value = 'hybrid';
      control(form, 'count').value = '37';
      control(form, 'dark').checked = true;
      control(form, 'remind').checked = false;
      Object.defineProperty(control(form, 'file'), 'files', { value: [picked] });
      control(form, 'size').value = '50';
    });
    // Hydrated, the controls still show it, but the app's state is what the build drew.
    expect(control(container, 'search').value).toBe('hybrid');
    expect(shown(container)).toEqual({ text: '', count: 20, theme: 'light', remind: true, file: '', size: '10' });

    act(() => replayEarlyInput(container));
    expect(shown(container)).toEqual({ text: 'hybrid', count: 37, theme: 'dark', remind: false, file: 'backup.json', size: '50' });
    expect(control(container, 'size').value).toBe('50');
    expect(control(container, 'dark').checked).toBe(true);
    expect(control(container, 'light').checked).toBe(false);
    expect(control(container, 'remind').checked).toBe(false);
  });

  it('hands over a radio chosen by the very click that made React hydrate it, which React did not hear', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Form />);
    document.body.append(container);
    // Hydration has begun but not reached the radio: React hydrates it to dispatch the click, by
    // when the click has already chosen it.
    await act(async () => {
      root = hydrateRoot(container, <Form />);
      control(container, 'dark').click();
    });
    expect(control(container, 'dark').checked).toBe(true);
    expect(shown(container).theme).toBe('light');

    act(() => replayEarlyInput(container));
    expect(shown(container).theme).toBe('dark');
  });

  it('changes nothing when nothing was done before hydration', async () => {
    const container = await hydratedAfter(() => undefined);
    act(() => replayEarlyInput(container));
    expect(shown(container)).toEqual({ text: '', count: 20, theme: 'light', remind: true, file: '', size: '10' });
    expect(control(container, 'light').checked).toBe(true);
    expect(control(container, 'remind').checked).toBe(true);
  });
});

describe('replayEarlyOnceReached', () => {
  /** A part of a screen whose code loads apart from the screen's, as Settings' export section. */
  function Size() {
    const [size, setSize] = useState('10');
    return (
      <>
        <select aria-label="size" value={size} onChange={(event) => setSize(event.target.value)}>
          {['10', '20'].map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
        <output>{size}</output>
      </>
    );
  }
  const wait = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const take = () => {
    const early = window.cloudcardsEarly;
    delete window.cloudcardsEarly;
    return early;
  };

  it('waits until React has reached a changed control in a part that hydrates after the screen, then replays it', async () => {
    let loaded = () => {};
    const part = new Promise<{ default: typeof Size }>((resolve) => (loaded = () => resolve({ default: Size })));
    const Part = lazy(() => part);
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(
      <Suspense fallback={null}>
        <Size />
      </Suspense>,
    );
    control(container, 'size').value = '20';
    window.cloudcardsEarly = { actions: [], typed: true, stop: () => undefined } satisfies EarlyActions;
    await act(async () => {
      root = hydrateRoot(
        container,
        <Suspense fallback={null}>
          <Part />
        </Suspense>,
      );
    });
    replayEarlyOnceReached(take);
    await wait(120);
    // Not yet: the part's code has not come, and a change sent now would be lost.
    expect(window.cloudcardsEarly).toBeDefined();
    expect(container.querySelector('output')?.textContent).toBe('10');

    await act(async () => loaded());
    await wait(120);
    expect(window.cloudcardsEarly).toBeUndefined();
    expect(container.querySelector('output')?.textContent).toBe('20');
    expect(control(container, 'size').value).toBe('20');
  });
});

describe('replayEarlyActions', () => {
  const done: string[] = [];
  const listen = (event: KeyboardEvent) => done.push(`${event.ctrlKey ? 'Ctrl+' : ''}${event.key}`);
  const button = (name: string) => {
    const element = document.body.appendChild(document.createElement('button'));
    element.textContent = name;
    element.addEventListener('click', () => done.push(`click ${name}`));
    return element;
  };
  afterEach(() => {
    document.removeEventListener('keydown', listen);
    done.length = 0;
    document.body.replaceChildren();
  });

  it('does again, in order and where the screen listens, what the learner did on the page', () => {
    const show = button('Show answer');
    document.addEventListener('keydown', listen);
    replayEarlyActions([new KeyboardEvent('keydown', { key: ' ' }), show, new KeyboardEvent('keydown', { key: '3' }), new KeyboardEvent('keydown', { key: 'z', ctrlKey: true })]);
    expect(done).toEqual([' ', 'click Show answer', '3', 'Ctrl+z']);
  });

  it('types the letters pressed after a shortcut that opened a search box into it, so the screen hears them', async () => {
    function Search() {
      const [text, setText] = useState('');
      return (
        <>
          <input aria-label="search" value={text} onChange={(event) => setText(event.target.value)} />
          <output>{text}</output>
        </>
      );
    }
    const container = document.body.appendChild(document.createElement('div'));
    await act(async () => {
      root = createRoot(container);
      root.render(<Search />);
    });
    const focusSearch = (event: KeyboardEvent) => event.key === '/' && container.querySelector('input')!.focus();
    document.addEventListener('keydown', focusSearch);
    const keys = ['/', 'i', 'a', 'a', 's'].map((key) => new KeyboardEvent('keydown', { key }));
    act(() => replayEarlyActions(keys));
    document.removeEventListener('keydown', focusSearch);
    expect(container.querySelector('input')!.value).toBe('iaas');
    expect(container.querySelector('output')!.textContent).toBe('iaas');
  });

  it('clicks no button that is gone or disabled by then', () => {
    const gone = button('Gone');
    const off = button('Off');
    gone.remove();
    off.disabled = true;
    replayEarlyActions([gone, off]);
    expect(done).toEqual([]);
  });
});
