import { defineMessages } from '../../lib/i18n';

/** The two readers' options, each in the language its reader reads, whatever the interface's. */
export const readerOptions = {
  'learn-en': { language: 'zh', text: '我读中文，正在学习云计算英语' },
  'learn-zh': { language: 'en', text: 'I read English and am learning Chinese cloud terms' },
} as const;

export const profileMessages = defineMessages({
  en: {
    title: 'Which language do you read, and which are you learning?',
    both: 'Both: I read both and learn both',
    chosen: 'Saved: ',
    change: 'Change it in Settings',
  },
  zh: {
    title: '你读哪种语言，又在学哪种？',
    both: '两者都是：中英文都读，也都在学',
    chosen: '已保存：',
    change: '在设置中更改',
  },
});
