import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realTermsOf, realTopics } from '../../../tests/factories/real-content';
import { renderApp } from '../../../tests/render';
import { inTrack as inTrackOf } from '../../domain/tracks';

/** What the glossary says it holds before a search: every term of a track, in every topic of it that has terms. */
const inTrack = (track: 'foundations' | 'readings') => `${realTermsOf(track).length} terms in ${new Set(realTermsOf(track).map((term) => term.topic)).size} topics`;
const everything = inTrack('foundations');

const searchBox = () => screen.findByRole('searchbox', { name: 'Search the glossary' });
const results = () => screen.getAllByRole('listitem').filter((item) => item.classList.contains('entry'));
const resultNames = () => results().map((item) => within(item).getAllByRole('link')[0]!.textContent);

describe('the glossary', () => {
  it('lists every term grouped by topic, with counts, both names and a link to its page', async () => {
    renderApp('/glossary');
    expect(await screen.findByRole('heading', { level: 1, name: 'Glossary' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(everything);
    const group = screen.getByRole('region', { name: /Deployment models/ });
    expect(within(group).getByRole('heading', { level: 2 })).toHaveTextContent('Deployment models 5 terms');
    const link = within(group).getByRole('link', { name: 'Public cloud' });
    expect(link).toHaveAttribute('href', '/glossary/public-cloud');
    const entry = link.closest('li') as HTMLElement;
    expect(within(entry).getByText('公有云')).toHaveAttribute('lang', 'zh-CN');
    expect(entry).toHaveTextContent(/cloud infrastructure .* open use by the general public/i);
  });

  it('shows the learner’s track, Foundations to begin with, and the other track or both on a tap', async () => {
    const { user } = renderApp('/glossary');
    const tracks = await screen.findByRole('group', { name: 'Track' });
    expect(within(tracks).getByRole('radio', { name: 'Foundations' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(everything);
    const topicChips = () => within(screen.getByRole('group', { name: 'Topic' })).getAllByRole('radio').length;
    const foundationTopics = topicChips();
    expect(screen.queryByRole('region', { name: /^C2B and Alibaba/ })).toBeNull();

    await user.click(within(tracks).getByRole('radio', { name: 'Readings' }));
    expect(screen.getByRole('status')).toHaveTextContent(inTrack('readings'));
    expect(screen.queryByRole('region', { name: /^Deployment models/ })).toBeNull();
    expect(topicChips()).toBe(realTopics.filter((t) => inTrackOf('readings', t) && realTermsOf('readings').some((term) => term.topic === t.id)).length + 1);

    await user.click(within(tracks).getByRole('radio', { name: 'All' }));
    expect(topicChips()).toBeGreaterThan(foundationTopics);
  });

  it('offers the other track when a search finds nothing in the chosen one', async () => {
    const { user } = renderApp('/glossary?q=C2B', { language: 'zh' });
    await user.click(await screen.findByRole('button', { name: /^在两条学习路线中搜索/ }));
    expect(within(screen.getByRole('group', { name: '学习路线' })).getByRole('radio', { name: '全部' })).toBeChecked();
    expect(resultNames()[0]).toMatch(/C2B/);
  });

  it('filters by topic, in the URL', async () => {
    const { user } = renderApp('/glossary');
    const filter = await screen.findByRole('group', { name: 'Topic' });
    await user.click(within(filter).getByRole('radio', { name: /Service models/ }));
    expect(screen.getByRole('status')).toHaveTextContent('12 terms in Service models');
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    expect(within(filter).getByRole('radio', { name: /Service models/ })).toBeChecked();
  });

  it('sorts A–Z in pinyin order in Chinese', async () => {
    const { user } = renderApp('/glossary?topic=deployment-models', { language: 'zh' });
    await user.click(await screen.findByRole('radio', { name: '按拼音' }));
    expect(resultNames()).toEqual(['部署模式', '公有云', '混合云', '社区云', '私有云']);
  });

  it('sorts A–Z alphabetically in English', async () => {
    renderApp('/glossary?topic=deployment-models&view=az');
    expect(await screen.findByRole('radio', { name: 'A–Z' })).toBeChecked();
    expect(resultNames()).toEqual(['Community cloud', 'Deployment model', 'Hybrid cloud', 'Private cloud', 'Public cloud']);
  });
});

describe('the A–Z view', () => {
  it('puts Chinese terms under pinyin letter headings, with each name’s pinyin', async () => {
    renderApp('/glossary?topic=deployment-models&view=az', { language: 'zh' });
    const index = await screen.findByRole('navigation', { name: '按字母跳转' });
    expect(within(index).getAllByRole('link').map((link) => link.textContent)).toEqual(['B', 'G', 'H', 'S']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['B', 'G', 'H', 'S']);
    const s = screen.getByRole('region', { name: 'S，2 个术语' });
    expect(within(s).getAllByRole('link').map((link) => link.textContent)).toEqual(['社区云', '私有云']);
    expect(within(s).getByText('shè qū yún')).toHaveAttribute('lang', 'zh-Latn-pinyin');
  });

  it('sorts by the data’s pinyin where the library reads a name wrongly: 曾鸣 under Z', async () => {
    renderApp('/glossary?topic=c2b-alibaba&view=az', { language: 'zh' });
    const z = await screen.findByRole('region', { name: /^Z，/ });
    expect(within(z).getByRole('link', { name: /曾鸣/ })).toBeInTheDocument();
    expect(within(z).getByText('Zēng Míng')).toBeInTheDocument();
    const elsewhere = screen.getAllByRole('region').filter((region) => region !== z && region.classList.contains('az-group'));
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.filter((region) => within(region).queryByText('曾鸣'))).toEqual([]);
  });

  it('jumps to a letter from the keyboard: the heading takes the focus, and Tab goes on to its first term', async () => {
    const { user } = renderApp('/glossary?topic=deployment-models&view=az');
    const index = await screen.findByRole('navigation', { name: 'Jump to letter' });
    expect(within(index).getAllByRole('link').map((link) => link.textContent)).toEqual(['C', 'D', 'H', 'P']);
    // A letter without terms is not a stop for the keyboard, nor read out.
    expect(within(index).queryByRole('link', { name: 'A' })).toBeNull();
    within(index).getByRole('link', { name: 'H' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'H, 1 term' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Hybrid cloud' })).toHaveFocus();
  });

  it('jumps by tap too', async () => {
    const { user } = renderApp('/glossary?topic=deployment-models&view=az');
    await user.click(within(await screen.findByRole('navigation', { name: 'Jump to letter' })).getByRole('link', { name: 'P' }));
    expect(screen.getByRole('heading', { level: 2, name: 'P, 2 terms' })).toHaveFocus();
  });
});

describe('searching', () => {
  it('finds as you type, best match first, with what matched highlighted, and asks "did you mean" for a typo', async () => {
    const { user } = renderApp('/glossary');
    await user.type(await searchBox(), 'infrastucture');
    expect(await screen.findByRole('status')).toHaveTextContent(/terms match “infrastucture”/);
    const [first] = results();
    // A typo finds the names with the word it most likely meant, the most central term first.
    expect(within(first!).getAllByRole('link')[0]).toHaveAccessibleName('Infrastructure as a Service (IaaS)');
    expect(first!.querySelector('mark')).toHaveTextContent('Infrastructure');
    await user.click(screen.getByRole('button', { name: 'infrastructure' }));
    expect(await searchBox()).toHaveValue('infrastructure');
    expect(screen.queryByText('Did you mean')).toBeNull();
  });

  it('puts an exact name first, and shows no typo neighbours of it', async () => {
    renderApp('/glossary?q=saas', { language: 'zh' });
    expect(await searchBox().catch(() => screen.findByRole('searchbox', { name: '搜索术语表' }))).toBeInTheDocument();
    expect(resultNames()[0]).toBe('软件即服务');
    expect(results().length).toBeLessThanOrEqual(8);
  });

  it('searches in Chinese, inside longer names', async () => {
    const { user } = renderApp('/glossary', { language: 'zh' });
    await user.type(await screen.findByRole('searchbox', { name: '搜索术语表' }), '弹性');
    expect(resultNames()[0]).toBe('快速弹性');
    expect(results()[0]!.querySelector('mark')).toHaveTextContent('弹性');
  });

  it('says why a term matched when it was an alias', async () => {
    const { user } = renderApp('/glossary');
    await user.type(await searchBox(), '亚马逊云');
    const [first] = results();
    expect(first).toHaveTextContent('Amazon Web Services (AWS)');
    expect(first).toHaveTextContent('Also called 亚马逊云');
  });

  it('renders content as text, not HTML', async () => {
    const { user } = renderApp('/glossary');
    await user.type(await searchBox(), '<img src=x onerror=alert(1)>');
    expect(document.querySelector('main img')).toBeNull();
  });

  it('says so when nothing matches and offers the closest terms', async () => {
    renderApp('/glossary?q=百渡');
    expect(await screen.findByRole('status')).toHaveTextContent('No term matches “百渡”.');
    const closest = screen.getByRole('heading', { name: 'Closest terms' }).nextElementSibling as HTMLElement;
    expect(within(closest).getByRole('link', { name: 'Baidu Cloud Drive' })).toHaveAttribute('href', '/glossary/baidu-cloud-drive');
  });

  it('offers to search all topics when the filter hides every match', async () => {
    const { user } = renderApp('/glossary?q=iaas&topic=market-figures');
    await user.click(await screen.findByRole('button', { name: /Search all topics/ }));
    expect(resultNames()[0]).toBe('Infrastructure as a Service (IaaS)');
  });

  it('starts from the query in the URL, and clears it', async () => {
    const { user } = renderApp('/glossary?q=aws');
    expect(await searchBox()).toHaveValue('aws');
    expect(resultNames()[0]).toBe('Amazon Web Services (AWS)');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(await searchBox()).toHaveValue('');
    expect(await searchBox()).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(everything);
  });
});

describe('the keyboard', () => {
  it('/ focuses the search; arrows move through results; Enter opens one', async () => {
    const { user } = renderApp('/glossary', { settings: { track: 'all' } });
    const box = await searchBox();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    await user.keyboard('cloud');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: 'Cloud computing' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName(resultNames()[1]!);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cloud computing' })).toBeInTheDocument();
  });

  it('Enter in the search box opens the best match', async () => {
    const { user } = renderApp('/glossary');
    await user.type(await searchBox(), '公有云{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Public cloud' })).toBeInTheDocument();
  });
});
