import { defineMessages, useMessages } from '../lib/i18n';

const messages = defineMessages({
  en: { pinyin: 'Pinyin' },
  zh: { pinyin: '拼音' },
});

/**
 * A Chinese name's pinyin (written into the content at build time), marked as romanized Chinese
 * and named for screen readers, so it is not taken for an English word.
 */
export function Pinyin({ text, className }: { text: string | undefined; className?: string }) {
  const m = useMessages(messages);
  if (!text) return null;
  return (
    <span className={className ? `pinyin ${className}` : 'pinyin'}>
      <span className="visually-hidden">{m.pinyin}: </span>
      <span lang="zh-Latn-pinyin">{text}</span>
    </span>
  );
}
