import type { ExamPresetId } from '../../domain/exam';
import { defineMessages } from '../../lib/i18n';

const presetNamesEn: Record<ExamPresetId, string> = { short: 'Short exam', standard: 'Standard exam', long: 'Long exam' };
const presetNamesZh: Record<ExamPresetId, string> = { short: '短考试', standard: '标准考试', long: '长考试' };

/** What exams say: the presets, the intro, the navigator, flags, the hand-in check and pass or fail. */
export const examMessages = defineMessages({
  en: {
    presetName: (id: ExamPresetId) => presetNamesEn[id],
    customExam: 'Custom exam',
    presetSummary: (questions: number, minutes: number) => `${questions} questions · ${minutes} min`,
    passMarkShort: (percent: number) => `pass ${percent}%`,
    examsAbout: 'As in a real exam: flag questions, move back and forth, and see the answers when you hand in.',
    setUpCustom: 'Set up',
    setUpCustomNamed: 'Set up a custom exam',
    presetsLabel: 'Exams',

    introSummary: (questions: number, minutes: number | null, passMark: number) =>
      `${questions} questions, ${minutes ? `${minutes} minutes` : 'no time limit'}, pass mark ${passMark}%.`,
    introRules: 'Flag any question to come back to it, move freely between questions, and hand in when you are ready. Nothing is checked before you hand in.',
    weightsHeading: 'Questions per topic',
    weightsCaption: 'Each topic weighs as much as it has to ask.',
    questionsColumn: 'Questions',
    shareColumn: 'Share',

    navigatorLabel: 'Question navigator',
    navigatorHelp: 'Arrow keys move between numbers; Enter opens the question.',
    navigatorItem: (n: number, answered: boolean, flagged: boolean, current: boolean) =>
      `Question ${n}: ${answered ? 'answered' : 'unanswered'}${flagged ? ', flagged' : ''}${current ? ', current' : ''}`,
    legendAnswered: (n: number) => `${n} answered`,
    legendUnanswered: (n: number) => `${n} unanswered`,
    legendFlagged: (n: number) => `${n} flagged`,
    flag: 'Flag for review',
    flagged: (n: number) => `Question ${n} flagged for review.`,
    unflagged: (n: number) => `Question ${n} no longer flagged.`,
    handIn: 'Hand in',
    chooseCount: (n: number) => `Choose ${n}`,
    keysHint: 'Keys: 1–9 choose, Enter goes to the next question, F flags it for review.',

    checkTitle: 'Hand in the exam?',
    checkAllDone: 'Every question is answered and none is flagged.',
    checkUnanswered: (n: number) => (n === 1 ? '1 question is unanswered:' : `${n} questions are unanswered:`),
    checkFlagged: (n: number) => (n === 1 ? '1 question is flagged for review:' : `${n} questions are flagged for review:`),
    goToQuestion: (n: number) => `Go to question ${n}`,
    confirmHandIn: 'Hand in now',
    keepWorking: 'Keep working',

    passed: 'Passed',
    notPassed: 'Not passed',
    verdict: (percent: number, passMark: number) => `${percent}%; the pass mark is ${passMark}%.`,
    timeUsed: 'Time used',
    timeUsedOf: (used: string, allowed: string) => `${used} of ${allowed}`,

    share: 'Share this quiz',
    shared: (seed: string) => `Link copied. Quiz code ${seed}: the same link gives the same questions.`,
    shareFailed: (seed: string) => `Copy this page’s address to share it. Quiz code ${seed}.`,
  },
  zh: {
    presetName: (id: ExamPresetId) => presetNamesZh[id],
    customExam: '自定义考试',
    presetSummary: (questions: number, minutes: number) => `${questions} 道题 · ${minutes} 分钟`,
    passMarkShort: (percent: number) => `及格线 ${percent}%`,
    examsAbout: '像真正的考试一样：可以标记题目、前后翻看，交卷后再看答案。',
    setUpCustom: '设置',
    setUpCustomNamed: '设置自定义考试',
    presetsLabel: '考试',

    introSummary: (questions: number, minutes: number | null, passMark: number) =>
      `${questions} 道题，${minutes ? `限时 ${minutes} 分钟` : '不限时'}，及格线 ${passMark}%。`,
    introRules: '可以标记任何一题稍后再看，在题目之间自由切换，准备好了再交卷。交卷前不会判分。',
    weightsHeading: '各主题题数',
    weightsCaption: '每个主题的比重取决于它的题量。',
    questionsColumn: '题数',
    shareColumn: '比重',

    navigatorLabel: '题目导航',
    navigatorHelp: '方向键在题号之间移动；按 Enter 打开该题。',
    navigatorItem: (n: number, answered: boolean, flagged: boolean, current: boolean) =>
      `第 ${n} 题：${answered ? '已作答' : '未作答'}${flagged ? '，已标记' : ''}${current ? '，当前题' : ''}`,
    legendAnswered: (n: number) => `已作答 ${n}`,
    legendUnanswered: (n: number) => `未作答 ${n}`,
    legendFlagged: (n: number) => `已标记 ${n}`,
    flag: '标记待复查',
    flagged: (n: number) => `第 ${n} 题已标记待复查。`,
    unflagged: (n: number) => `第 ${n} 题已取消标记。`,
    handIn: '交卷',
    chooseCount: (n: number) => `选 ${n} 项`,
    keysHint: '按键：1–9 选择，Enter 到下一题，F 标记待复查。',

    checkTitle: '确定交卷吗？',
    checkAllDone: '所有题目都已作答，没有标记的题。',
    checkUnanswered: (n: number) => `还有 ${n} 道题没有作答：`,
    checkFlagged: (n: number) => `有 ${n} 道题标记了待复查：`,
    goToQuestion: (n: number) => `转到第 ${n} 题`,
    confirmHandIn: '现在交卷',
    keepWorking: '继续答题',

    passed: '通过',
    notPassed: '未通过',
    verdict: (percent: number, passMark: number) => `得分 ${percent}%，及格线 ${passMark}%。`,
    timeUsed: '用时',
    timeUsedOf: (used: string, allowed: string) => `${used}（限时 ${allowed}）`,

    share: '分享这个测验',
    shared: (seed: string) => `链接已复制。测验编号 ${seed}：同一个链接会出同样的题。`,
    shareFailed: (seed: string) => `请复制本页地址来分享。测验编号 ${seed}。`,
  },
});
