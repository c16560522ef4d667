import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render';
import { useAppStore } from '../../stores/app-store';

type Spoken = { text: string; lang: string; voice: { name: string } | null; onend: (() => void) | null };

/** A browser's speech synthesis with the given voices, that remembers what it was asked to say. */
function fakeSpeech(voices: { name: string; lang: string; localService?: boolean; default?: boolean }[]) {
  const said: Spoken[] = [];
  const speech = {
    speaking: false,
    speak: vi.fn((utterance: Spoken) => said.push(utterance)),
    cancel: vi.fn(),
    getVoices: () => voices.map((voice) => ({ localService: true, default: false, voiceURI: voice.name, ...voice })),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  vi.stubGlobal('speechSynthesis', speech);
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      voice = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror = null;
      constructor(public text: string) {}
    },
  );
  /** The speech in progress ends, as the browser tells it. */
  const finish = () => act(() => said.forEach((utterance) => utterance.onend?.()));
  return { speech, said, finish };
}

const BOTH = [
  { name: 'Tingting', lang: 'zh-CN' },
  { name: 'Sin-ji', lang: 'zh-HK' },
  { name: 'Samantha', lang: 'en-US' },
];

afterEach(() => {
  vi.unstubAllGlobals(); // also the fetch of tests/setup.ts, which its beforeEach stubs again
});

const settings = (patch: Partial<ReturnType<typeof useAppStore.getState>['settings']>) => useAppStore.getState().updateSettings(patch);

describe('reading a card aloud', () => {
  it('reads the term with a Chinese Mandarin voice when the Listen button is pressed, and shows that it is playing', async () => {
    const { speech, said, finish } = fakeSpeech(BOTH);
    const { user } = renderApp('/study/deployment-models', { language: 'zh' });
    const listen = await screen.findByRole('button', { name: '朗读' });
    expect(listen).toHaveAttribute('aria-keyshortcuts', 'R');
    await user.click(listen);
    expect(speech.speak).toHaveBeenCalledTimes(1);
    expect(said[0]).toMatchObject({ text: '部署模式', lang: 'zh-CN', voice: { name: 'Tingting' } });
    // While it reads: a Stop button and an announcement; the card did not flip.
    expect(screen.getByRole('button', { name: '停止' })).toBeInTheDocument();
    expect(screen.getByText('正在朗读…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: /显示答案/ })).toBeInTheDocument();
    // R while it reads starts it again, as Anki replays; Stop stops it.
    await user.keyboard('r');
    expect(speech.speak).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: '停止' }));
    expect(speech.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '朗读' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '朗读' }));
    finish();
    expect(await screen.findByRole('button', { name: '朗读' })).toBeInTheDocument();
    expect(screen.queryByText('正在朗读…')).toBeNull();
  });

  it('reads again with R (as Anki replays), on the answer side too, in English', async () => {
    const { said } = fakeSpeech(BOTH);
    const { user } = renderApp('/study/deployment-models');
    await screen.findByRole('button', { name: 'Listen' });
    await user.keyboard('r');
    expect(said.at(-1)).toMatchObject({ text: 'Deployment model', lang: 'en', voice: { name: 'Samantha' } });
    await user.keyboard(' '); // flip: the answer is a definition, not read unless asked for, so R reads the term again
    await user.keyboard('R');
    expect(said.at(-1)).toMatchObject({ text: 'Deployment model', lang: 'en' });
    expect(screen.getByRole('group', { name: 'How well did you know it?' })).toBeInTheDocument();
  });

  it('with auto-play, reads each card as it appears, and the definition too when asked', async () => {
    const { said } = fakeSpeech(BOTH);
    const { user } = renderApp('/study/deployment-models');
    settings({ autoPlay: true, speakDefinitions: true });
    await screen.findByRole('button', { name: 'Listen' });
    expect(said.at(-1)).toMatchObject({ text: 'Deployment model', lang: 'en' });
    await user.keyboard(' ');
    expect(said.at(-1)?.text).toMatch(/^A way to classify clouds by whom/);
    await user.keyboard('3'); // the next card is read as it appears: its term, the one on the card
    const next = said.at(-1)!;
    expect(next.text).not.toBe('Deployment model');
    expect(next.lang).toBe('en');
    expect(screen.getByText(next.text, { selector: '.card-text' })).toBeInTheDocument();
  });

  it('reads both languages while the other language is shown', async () => {
    const { said } = fakeSpeech(BOTH);
    const { user } = renderApp('/study/deployment-models');
    await user.click(await screen.findByRole('button', { name: 'Also show 中文' }));
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    expect(said.slice(-2).map((u) => [u.text, u.lang])).toEqual([
      ['Deployment model', 'en'],
      ['部署模式', 'zh-CN'],
    ]);
  });

  it('hides the button where the device has no voice for the language, and says why when R is pressed', async () => {
    const { speech } = fakeSpeech([{ name: 'Samantha', lang: 'en-US' }, { name: 'Sin-ji', lang: 'zh-HK' }]);
    const { user } = renderApp('/study/deployment-models', { language: 'zh' });
    const bar = await screen.findByRole('button', { name: /显示答案/ });
    expect(screen.queryByRole('button', { name: '朗读' })).toBeNull();
    await user.keyboard('r');
    expect(speech.speak).not.toHaveBeenCalled();
    const notice = screen.getByText(/这台设备没有中文语音/);
    expect(within(notice).getByRole('link', { name: '打开设置' })).toHaveAttribute('href', '/settings');
    expect(bar).toBeInTheDocument();
  });

  it('says so, rather than stay silent, when auto-play is on and the browser cannot speak at all', async () => {
    renderApp('/study/deployment-models');
    settings({ autoPlay: true });
    expect(await screen.findByText('This browser cannot read aloud. Settings says more.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Listen' })).toBeNull();
  });
});
