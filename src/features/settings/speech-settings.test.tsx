import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render';
import { useAppStore } from '../../stores/app-store';

function fakeSpeech(voices: { name: string; lang: string }[]) {
  const speak = vi.fn();
  vi.stubGlobal('speechSynthesis', {
    speak,
    cancel: vi.fn(),
    getVoices: () => voices.map((voice) => ({ localService: true, default: false, ...voice })),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  });
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      constructor(public text: string) {}
    },
  );
  return speak;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const section = () => screen.findByRole('region', { name: 'Reading aloud' });

describe('reading aloud in Settings', () => {
  it('turns auto-play and definitions on and off, by the keyboard', async () => {
    fakeSpeech([{ name: 'Samantha', lang: 'en-US' }]);
    const { user } = renderApp('/settings');
    const region = await section();
    const autoPlay = within(region).getByRole('checkbox', { name: 'Read each card aloud as it appears (auto-play)' });
    expect(autoPlay).not.toBeChecked();
    autoPlay.focus();
    await user.keyboard(' ');
    expect(autoPlay).toBeChecked();
    expect(useAppStore.getState().settings.autoPlay).toBe(true);
    await user.click(within(region).getByRole('checkbox', { name: 'Read definitions aloud too' }));
    expect(useAppStore.getState().settings.speakDefinitions).toBe(true);
  });

  it('names the voice each language gets, lets the learner try it, and says why a language has none', async () => {
    const speak = fakeSpeech([{ name: 'Samantha', lang: 'en-US' }]);
    const { user } = renderApp('/settings');
    const heading = within(await section()).getByRole('heading', { level: 3, name: 'Voices on this device' });
    const voices = heading.nextElementSibling as HTMLElement;
    expect(voices).toHaveTextContent('EnglishSamantha (en-US)');
    expect(voices).toHaveTextContent(/ChineseNone\. Chinese cards cannot be read aloud, so their Listen button is hidden\. Add a Mandarin/);
    await user.click(within(voices).getByRole('button', { name: 'Try the English voice' }));
    expect(speak).toHaveBeenCalledWith(expect.objectContaining({ text: 'Cloud computing', lang: 'en' }));
    expect(within(voices).queryByRole('button', { name: 'Try the Chinese voice' })).toBeNull();
  });

  it('says, in Chinese, that this browser cannot read aloud at all', async () => {
    renderApp('/settings', { language: 'zh' });
    const region = await screen.findByRole('region', { name: '朗读' });
    expect(region).toHaveTextContent('这个浏览器不支持语音合成，所以卡片无法朗读，也不显示“朗读”按钮。');
  });
});
