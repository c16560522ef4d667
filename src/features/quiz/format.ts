import { makeSeed } from '../../domain/random';
import type { Language } from '../../lib/i18n';

/** A new quiz seed from the browser's cryptographic randomness. */
export function newSeed(): string {
  const values = new Uint32Array(8);
  crypto.getRandomValues(values);
  let i = 0;
  return makeSeed(() => (values[i++ % values.length] ?? 0) / 2 ** 32);
}

/** A unique id for an attempt. */
export function newAttemptId(now: number): string {
  return `${now.toString(36)}-${newSeed()}`;
}

/** 75 s → "1:15"; 3725 s → "1:02:05". */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** A duration in words: "2 min 5 s" / "2 分 5 秒". */
export function formatDuration(ms: number, language: Language): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (language === 'zh') return minutes > 0 ? `${minutes} 分 ${seconds} 秒` : `${seconds} 秒`;
  return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
}

export function formatDateTime(epochMs: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}

/** Whether a text is mostly Chinese, for its `lang` attribute. */
export function languageOfText(text: string): 'zh-CN' | 'en' {
  return /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en';
}

export const letter = (index: number) => String.fromCharCode(65 + index);

/** How a score is coloured: success green only from 80%, amber from 50%, red below. */
export function scoreBand(percent: number): 'good' | 'fair' | 'low' {
  return percent >= 80 ? 'good' : percent >= 50 ? 'fair' : 'low';
}
