import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import rows from '../../../data/vendors.json';
import { renderApp } from '../../../tests/render';
import { useAppStore } from '../../stores/app-store';

// 2026-12-02 10:00 UTC: a fixed clock.
const NOW = Date.UTC(2026, 11, 2, 10, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the vendor table as study cards', () => {
  it('offers a deck per provider on /study, each with its products both ways, dated', async () => {
    renderApp('/study', { settings: { translation: true, typedRecall: 'both', newPerDay: 100 } });
    const section = (await screen.findByRole('heading', { name: 'Product names at six clouds' })).closest('section') as HTMLElement;
    const decks = within(section).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(decks).toEqual(['AWS product names', 'Microsoft Azure product names', 'Google Cloud product names', 'Alibaba Cloud product names', 'Huawei Cloud product names', 'Tencent Cloud product names']);
    const aws = within(section).getByRole('heading', { name: 'AWS product names' }).closest('li') as HTMLElement;
    // Two cards per product whatever other kinds the glossary's decks hold; as with a term, the
    // second waits for a later day, so today offers one new card per product.
    expect(within(aws).getByLabelText('AWS product names: cards for today')).toHaveTextContent(`New${rows.length}Learning0Due0`);
    expect(aws).toHaveTextContent(`${rows.length} products, both ways: name ⇄ kind of service. Names as of December 2026.`);
    expect(within(aws).getByRole('link', { name: 'Study AWS product names' })).toHaveAttribute('href', '/study/vendors-aws');
    expect(within(section).getByRole('link', { name: 'Open in the vendor table' })).toHaveAttribute('href', '/vendors');
  });

  it('studies a provider’s product names ⇄ kinds of service, schedules them like any card, and links a card to the vendor table', async () => {
    const { user } = renderApp('/study/vendors-aws', { settings: { directions: 'term-first', newPerDay: 5 } });
    expect(await screen.findByRole('heading', { level: 1, name: 'AWS product names' })).toBeInTheDocument();
    await screen.findByRole('button', { name: /show answer/i });
    const first = rows[0]!;
    expect(screen.getByRole('main')).toHaveTextContent(first.products.aws);
    await user.keyboard(' ');
    const note = await screen.findByRole('note', { name: 'Teacher’s note' });
    expect(note).toHaveTextContent(`AWS calls it “${first.products.aws}” as of December 2026`);
    expect(screen.getByRole('main')).toHaveTextContent(`AWS: ${first.category.en}`);
    expect(screen.getByRole('link', { name: 'Open in the vendor table' })).toHaveAttribute('href', `/vendors?q=${encodeURIComponent(first.products.aws).replace(/%20/g, '+')}`);
    await user.keyboard('3');
    const card = useAppStore.getState().progress.cards[`vendor.aws.${first.id}:forward`];
    expect(card?.phase).not.toBe('new');
    expect(card?.due).toBeGreaterThan(NOW);
    expect(useAppStore.getState().progress.log.at(-1)?.cardId).toBe(`vendor.aws.${first.id}:forward`);
  });

  it('writes the cards in Chinese for a Chinese learner', async () => {
    renderApp('/study/vendors-tencent', { language: 'zh', settings: { directions: 'definition-first' } });
    expect(await screen.findByRole('heading', { level: 1, name: '腾讯云产品名' })).toBeInTheDocument();
    await screen.findByRole('button', { name: /显示答案/ });
    expect(screen.getByRole('main')).toHaveTextContent(`腾讯云：${rows[0]!.category.zh}`);
  });

  it('has no deck for a provider not in the table', async () => {
    renderApp('/study/vendors-oracle');
    expect(await screen.findByRole('heading', { level: 1, name: 'There is no such deck.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to decks' })).toHaveAttribute('href', '/study');
  });
});
