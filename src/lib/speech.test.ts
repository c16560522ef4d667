import { describe, expect, it } from 'vitest';
import { chooseVoice } from './speech';

const voice = (name: string, lang: string, extra: Partial<SpeechSynthesisVoice> = {}) =>
  ({ name, lang, localService: true, default: false, voiceURI: name, ...extra }) as SpeechSynthesisVoice;

describe('choosing a voice', () => {
  it('takes Mandarin in simplified script for Chinese, and never Cantonese', () => {
    const hk = voice('Sin-ji', 'zh-HK');
    const tw = voice('Mei-Jia', 'zh-TW');
    const cn = voice('Tingting', 'zh-CN');
    expect(chooseVoice([hk, tw, cn], 'zh')).toBe(cn);
    expect(chooseVoice([hk, tw], 'zh')).toBe(tw);
    expect(chooseVoice([hk, voice('Yue', 'yue-Hant-HK')], 'zh')).toBeNull();
    expect(chooseVoice([voice('Android', 'cmn_Hans_CN')], 'zh')?.name).toBe('Android');
  });

  it('takes the default English voice, then US English, and a voice on the device before a network one', () => {
    const gb = voice('Daniel', 'en-GB');
    const us = voice('Samantha', 'en-US');
    const remote = voice('Google US English', 'en-US', { localService: false });
    expect(chooseVoice([gb, remote, us], 'en')).toBe(us);
    expect(chooseVoice([gb, { ...us, default: false } as SpeechSynthesisVoice, voice('Default', 'en-AU', { default: true })], 'en')?.name).toBe('Default');
    expect(chooseVoice([voice('Tingting', 'zh-CN')], 'en')).toBeNull();
    expect(chooseVoice([], 'en')).toBeNull();
  });
});
