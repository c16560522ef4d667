/**
 * Makes the files of Settings → Take your cards elsewhere from the content and the store. Loaded
 * only when the learner asks for a file (export-section.tsx imports it on the click), so neither
 * the first page nor Settings carries the writers or the scheduler they replay with.
 */
import { ankiText } from '../../domain/anki-text';
import type { TopicId } from '../../domain/content';
import { exportFileName, termsInScope, type ExportKind } from '../../domain/export-content';
import { glossaryCsv } from '../../domain/glossary-csv';
import { quizMisses } from '../../domain/replay';
import { reviewLogCsv } from '../../domain/review-log-csv';
import { localOffset } from '../../lib/clock';
import { loadGlossary, loadIndex } from '../../lib/content';
import type { Language } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';

export type ExportFile = { name: string; text: string; type: string; count: number };

const TYPES: Record<ExportKind, string> = {
  anki: 'text/plain;charset=utf-8',
  glossary: 'text/csv;charset=utf-8',
  'review-log': 'text/csv;charset=utf-8',
};

export async function makeExportFile(kind: ExportKind, topic: TopicId | null, language: Language, now: number): Promise<ExportFile> {
  const { progress, quiz, settings } = useAppStore.getState();
  const name = exportFileName(kind, topic, now, localOffset(now));
  const file = (text: string, count: number): ExportFile => ({ name, text, type: TYPES[kind], count });
  if (kind === 'review-log') {
    const index = await loadIndex();
    const termNames = new Map(index.terms.map((term) => [term.id, term.term]));
    const text = reviewLogCsv(progress.log, { retention: settings.retention, offsetAt: localOffset, misses: quizMisses(quiz.attempts), termNames });
    return file(text, progress.log.length);
  }
  const glossary = await loadGlossary();
  const starred = new Set(progress.starred);
  const count = termsInScope(glossary, topic).length;
  return file(kind === 'anki' ? ankiText(glossary, { language, topic, starred }) : glossaryCsv(glossary, { language, topic, starred }), count);
}
