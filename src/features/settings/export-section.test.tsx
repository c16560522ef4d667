import { act, screen, within } from '@testing-library/react';
import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { htmlToText, parseAnkiText } from '../../../tests/factories/anki-text-parser';
import { generateHistory } from '../../../tests/factories/learning-history';
import { realTerms, realTopics } from '../../../tests/factories/real-content';
import { renderApp } from '../../../tests/render';
import { useAppStore } from '../../stores/app-store';

/** Captures downloads: the file name, type and text of each. */
function captureDownloads() {
  const blobs = new Map<string, Blob>();
  let serial = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${serial++}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  const files: { name: string; blob: Blob }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

/*
 * Each test renders in an awaited act(): once an earlier test has loaded Settings' code and the
 * content index, the page renders in one pass and this section suspends on use() inside it,
 * which a synchronous act() would leave unfinished (as term-screen.test.tsx explains).
 */
const section = async (name: string | RegExp) => within(await screen.findByRole('region', { name }, { timeout: 15_000 }));
const topic = realTopics.find((t) => t.id === 'networking')!;
const topicTerms = realTerms.filter((t) => t.topic === topic.id);
const DATE = /\d{4}-\d{2}-\d{2}/.source;
/** Making a file loads the whole glossary: on a busy machine that takes more than waitFor's 1 s. */
const LOADED = { timeout: 10_000 };

let files: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  files = captureDownloads();
});

describe('Settings → Take your cards elsewhere', () => {
  it('downloads one topic for Anki, chosen from the list, as a file that imports as one note per term', async () => {
    const { user } = await act(async () => renderApp('/settings'));
    const region = await section('Take your cards elsewhere');
    const scope = region.getByRole('combobox', { name: 'What to export' });
    expect(within(scope).getByRole('option', { name: `All topics (${realTerms.length} terms)` })).toBeInTheDocument();
    await user.selectOptions(scope, within(scope).getByRole('option', { name: `${topic.name.en} (${topicTerms.length} terms)` }));
    await user.click(region.getByRole('button', { name: 'Download for Anki (.txt)' }));

    const status = await region.findByRole('status', {}, LOADED);
    await vi.waitFor(() => expect(status).toHaveTextContent(new RegExp(`^Saved cloudcards-anki-networking-${DATE}\\.txt: ${topicTerms.length} notes for Anki\\.$`)), LOADED);
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(new RegExp(`^cloudcards-anki-networking-${DATE}\\.txt$`));
    expect(files[0]!.blob.type).toBe('text/plain;charset=utf-8');
    const anki = parseAnkiText(await files[0]!.blob.text());
    expect(anki.notes.map((n) => htmlToText(n.fields[0]!))).toEqual(topicTerms.map((t) => `${t.term.en}\n${t.term.zh}`));
    expect(new Set(anki.notes.map((n) => n.deck))).toEqual(new Set([`CloudCards::${topic.name.en}`]));
  });

  it('downloads the whole glossary as CSV from the keyboard, starred terms marked', async () => {
    const { user } = await act(async () => renderApp('/settings', { progress: { cards: {}, log: [], starred: [realTerms[0]!.id] } }));
    const region = await section('Take your cards elsewhere');
    const button = region.getByRole('button', { name: 'Download as CSV' });
    button.focus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(files).toHaveLength(1), LOADED);
    expect(files[0]!.name).toMatch(new RegExp(`^cloudcards-glossary-all-${DATE}\\.csv$`));
    expect(files[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const rows = parse(await files[0]!.blob.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id).sort()).toEqual(realTerms.map((t) => t.id).sort());
    expect(rows.filter((r) => r.starred === 'yes').map((r) => r.id)).toEqual([realTerms[0]!.id]);
    expect(await region.findByRole('status', {}, LOADED)).toHaveTextContent(`: ${realTerms.length} terms.`);
  });

  it('offers the review log once there are reviews, one row a review', async () => {
    const { user } = await act(async () => renderApp('/settings'));
    const region = await section('Take your cards elsewhere');
    const button = region.getByRole('button', { name: 'Download the review log (.csv)' });
    expect(button).toBeDisabled();
    expect(region.getByText(/No reviews yet/)).toBeInTheDocument();

    const history = generateHistory({ now: Date.now(), days: 20 });
    act(() => useAppStore.getState().replaceData({ settings: useAppStore.getState().settings, ...history }));
    expect(button).toBeEnabled();
    expect(region.getByText(new RegExp(`^${history.progress.log.length.toLocaleString('en')} reviews, one row each`))).toBeInTheDocument();
    await user.click(button);
    await vi.waitFor(() => expect(files).toHaveLength(1), LOADED);
    expect(files[0]!.name).toMatch(new RegExp(`^cloudcards-review-log-${DATE}\\.csv$`));
    const rows = parse(await files[0]!.blob.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(history.progress.log.length);
    expect(new Set(rows.map((r) => r.review_id))).toEqual(new Set(history.progress.log.map((e) => e.id)));
    expect(rows.every((r) => Number(r.interval_days) > 0)).toBe(true);
  });

  it('speaks Chinese, and the Anki file leads with Chinese', async () => {
    const { user } = await act(async () => renderApp('/settings', { language: 'zh' }));
    const region = await section('带到别处学习');
    expect(region.getByRole('combobox', { name: '导出范围' })).toHaveDisplayValue(`全部主题（${realTerms.length} 个术语）`);
    await user.click(region.getByRole('button', { name: '下载 Anki 文件（.txt）' }));
    await vi.waitFor(() => expect(files).toHaveLength(1), LOADED);
    const anki = parseAnkiText(await files[0]!.blob.text());
    expect(anki.notes).toHaveLength(realTerms.length);
    const first = realTerms.find((t) => htmlToText(anki.notes[0]!.fields[0]!) === `${t.term.zh}\n${t.term.en}`);
    expect(first).toBeDefined();
    expect(await region.findByRole('status', {}, LOADED)).toHaveTextContent(`${realTerms.length} 条 Anki 笔记`);
    expect(region.getByRole('button', { name: '下载复习记录（.csv）' })).toBeDisabled();
  });
});
