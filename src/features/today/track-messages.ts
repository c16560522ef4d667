import { defineMessages } from '../../lib/i18n';

/** Today's strings that load with the track chooser, beside the first page. */
export const todayTrackMessages = defineMessages({
  en: {
    nextTopic: (topic: string) => `Next topic: ${topic}`,
    nextTopicLead: (done: string) => `You have learned every card of “${done}”: on to the next topic in order.`,
    startTopic: (topic: string) => `Start ${topic}`,
  },
  zh: {
    nextTopic: (topic: string) => `下一个主题：${topic}`,
    nextTopicLead: (done: string) => `“${done}”的卡片你都学会了，按顺序继续下一个主题吧。`,
    startTopic: (topic: string) => `开始学习“${topic}”`,
  },
});
