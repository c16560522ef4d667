import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { realTerms } from '../../../tests/factories/real-content';
import { renderApp } from '../../../tests/render';

/** What the glossary says it holds before a search: every term, in every topic that has terms. */
const everything = `${realTerms.length} terms in ${new Set(realTerms.map((term) => term.topic)).size} topics`;

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

describe('searching', () => {
  it('finds as you type, best match first, with what matched highlighted', async () => {
    const { user } = renderApp('/glossary');
    await user.type(await searchBox(), 'infrastucture');
    expect(await screen.findByRole('status')).toHaveTextContent(/terms match “infrastucture”/);
    const [first] = results();
    // A typo still finds the names that begin with the word (IaaS, IaC…), the word highlighted.
    expect(within(first!).getAllByRole('link')[0]).toHaveAccessibleName(/^Infrastructure as/);
    expect(first!.querySelector('mark')).toHaveTextContent('Infrastructure');
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
    const { user } = renderApp('/glossary');
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
