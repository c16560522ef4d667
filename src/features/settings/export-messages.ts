import { defineMessages } from '../../lib/i18n';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const zhNumber = (n: number) => n.toLocaleString('zh-CN');

/** Settings → Take your cards elsewhere: the Anki, CSV and review-log files. */
export const exportMessages = defineMessages({
  en: {
    heading: 'Take your cards elsewhere',
    lead: 'Study the glossary in Anki, open it in a spreadsheet, or analyse your own reviews. These files are copies to use elsewhere; a backup (above) is what moves your progress to another device.',
    glossaryHeading: 'Glossary for Anki or a spreadsheet',
    scope: 'What to export',
    allTopics: (terms: number) => `All topics (${plural(terms, 'term', 'terms')})`,
    oneTopic: (name: string, terms: number) => `${name} (${plural(terms, 'term', 'terms')})`,
    ankiButton: 'Download for Anki (.txt)',
    ankiHint:
      'In Anki (2.1.55 or later): File → Import, choose the file, Import. Each term becomes a note with a card each way, both languages and its source, in a deck per topic under CloudCards; starred terms come marked.',
    csvButton: 'Download as CSV',
    csvHint: 'One row a term: both languages, definition, explanation and source in columns of their own, for Excel, Numbers, LibreOffice or Google Sheets.',
    logHeading: 'Review log',
    logHint: (reviews: number) =>
      reviews === 0
        ? 'No reviews yet: the log has one row a review once you study.'
        : `${plural(reviews, 'review', 'reviews')}, one row each: the card, the time, the grade, the time since the card’s last review and the interval it set.`,
    logButton: 'Download the review log (.csv)',
    making: 'Making the file…',
    savedAnki: (name: string, notes: number) => `Saved ${name}: ${plural(notes, 'note', 'notes')} for Anki.`,
    savedCsv: (name: string, rows: number) => `Saved ${name}: ${plural(rows, 'term', 'terms')}.`,
    savedLog: (name: string, rows: number) => `Saved ${name}: ${plural(rows, 'review', 'reviews')}.`,
    failed: 'The file could not be made: the glossary did not load. Check the connection and try again.',
  },
  zh: {
    heading: '带到别处学习',
    lead: '在 Anki 中学习词汇表、用电子表格打开它，或分析你自己的复习记录。这些文件是供别处使用的副本；要把学习进度转移到另一台设备，请使用上方的备份。',
    glossaryHeading: '导出词汇表到 Anki 或电子表格',
    scope: '导出范围',
    allTopics: (terms: number) => `全部主题（${zhNumber(terms)} 个术语）`,
    oneTopic: (name: string, terms: number) => `${name}（${zhNumber(terms)} 个术语）`,
    ankiButton: '下载 Anki 文件（.txt）',
    ankiHint:
      '在 Anki（2.1.55 或更新版本）中：文件 → 导入，选择此文件后导入。每个术语成为一条笔记，正反两张卡片，含中英文和出处，按主题放入 CloudCards 下的牌组；已收藏的术语带 marked 标签。',
    csvButton: '下载 CSV 文件',
    csvHint: '每行一个术语：中英文、定义、解释和出处各占一列，可用 Excel、Numbers、LibreOffice 或 Google 表格打开。',
    logHeading: '复习记录',
    logHint: (reviews: number) =>
      reviews === 0
        ? '还没有复习记录：开始学习后，每次复习占一行。'
        : `共 ${zhNumber(reviews)} 次复习，每次一行：卡片、时间、评分、距上次复习的间隔，以及这次安排的下次间隔。`,
    logButton: '下载复习记录（.csv）',
    making: '正在生成文件…',
    savedAnki: (name: string, notes: number) => `已保存 ${name}：${zhNumber(notes)} 条 Anki 笔记。`,
    savedCsv: (name: string, rows: number) => `已保存 ${name}：${zhNumber(rows)} 个术语。`,
    savedLog: (name: string, rows: number) => `已保存 ${name}：${zhNumber(rows)} 次复习。`,
    failed: '无法生成文件：词汇表没有加载成功。请检查网络后重试。',
  },
});
