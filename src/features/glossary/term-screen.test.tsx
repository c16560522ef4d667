import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render';

const section = (name: string) => screen.getByRole('region', { name });

describe('a term page', () => {
  it('shows the term in both languages, its definition, explanation and examples', async () => {
    renderApp('/glossary/amazon-web-services');
    expect(await screen.findByRole('heading', { level: 1, name: 'Amazon Web Services (AWS)' })).toBeInTheDocument();
    expect(screen.getByText('亚马逊 Web 服务')).toHaveAttribute('lang', 'zh-CN');
    await waitFor(() => expect(document.title).toBe('Amazon Web Services (AWS) · CloudCards')); // set once the screen has committed
    expect(section('Definition')).toHaveTextContent(/^DefinitionAmazon's cloud services/);
    expect(within(section('Definition')).getByText(/^亚马逊的云服务/)).toHaveAttribute('lang', 'zh-CN');
    expect(section('Explanation')).toHaveTextContent(/Chu Chen lists Amazon's cloud as an IaaS example/);
    expect(within(section('Examples')).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Also called')).toBeInTheDocument();
    expect(screen.getByText('亚马逊云服务')).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByRole('link', { name: 'Service models' })).toHaveAttribute('href', '/glossary?topic=service-models');
  });

  it('shows the pinyin of the Chinese name, named as pinyin, in both languages', async () => {
    renderApp('/glossary/cloud-computing');
    await screen.findByRole('heading', { level: 1, name: 'Cloud computing' });
    const lead = document.querySelector('.page-header .lead')!;
    expect(lead).toHaveTextContent('云计算 Pinyin: yún jì suàn');
    expect(within(lead as HTMLElement).getByText('yún jì suàn')).toHaveAttribute('lang', 'zh-Latn-pinyin');
  });

  it('shows the pinyin under the name in Chinese, and the data’s own where the library reads it wrongly (曾鸣 Zēng Míng)', async () => {
    renderApp('/glossary/zeng-ming', { language: 'zh' });
    await screen.findByRole('heading', { level: 1, name: '曾鸣' });
    const lead = document.querySelector('.page-header .lead')!;
    expect(lead).toHaveTextContent(/^拼音: Zēng MíngZeng Ming$/);
    expect(within(lead as HTMLElement).getByText('Zēng Míng')).toHaveAttribute('lang', 'zh-Latn-pinyin');
  });

  it('shows no pinyin for a name without Chinese characters', async () => {
    renderApp('/glossary/kubernetes');
    await screen.findByRole('heading', { level: 1, name: 'Kubernetes' });
    expect(screen.queryByText(/Pinyin/)).toBeNull();
  });

  it('shows its source: the verbatim quote, the title, author, date and a link to the original', async () => {
    renderApp('/glossary/amazon-web-services');
    const source = await screen.findByRole('region', { name: 'Source' });
    expect(within(source).getByText('从哪方面来看，亚马逊已经把握住了云发展的第一波并且已经成了气候。').closest('blockquote')).toHaveAttribute('lang', 'zh-CN');
    expect(source).toHaveTextContent('How does Zeng Ming\'s C2B relate to Alibaba\'s “cloud”?');
    expect(source).toHaveTextContent('Huxiu (author not named)');
    expect(within(source).getByText('June 8, 2012')).toHaveAttribute('dateTime', '2012-06-08');
    const original = within(source).getByRole('link', { name: 'Read the original (opens in a new tab)' });
    expect(original).toHaveAttribute('href', 'https://www.huxiu.com/article/962');
    expect(original).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it("shows a teacher's note apart from the source, saying where its fact comes from", async () => {
    renderApp('/glossary/paas');
    const note = await screen.findByRole('note', { name: 'Teacher’s note' });
    expect(note).toHaveTextContent("The post's examples, Linux APIs and WeChat APIs, are not PaaS");
    expect(note).toHaveTextContent('Source: NIST SP 800-145: The NIST Definition of Cloud Computing, Peter Mell and Timothy Grance, September 2011 (Section 2');
    expect(within(note).getByRole('link', { name: 'NIST SP 800-145: The NIST Definition of Cloud Computing' })).toHaveAttribute('href', 'https://csrc.nist.gov/pubs/sp/800/145/final');
    expect(within(screen.getByRole('region', { name: 'Source' })).queryByRole('note')).toBeNull();
  });

  it("shows the teacher's note in Chinese, with Chinese punctuation and dates", async () => {
    renderApp('/glossary/amazon-cloud-revenue', { language: 'zh' });
    const note = await screen.findByRole('note', { name: '老师的话' });
    expect(note).toHaveTextContent('后来：亚马逊在2015年年报的致股东信中说');
    expect(note).toHaveTextContent('出处：亚马逊公司2015年年度报告：致股东信，Jeffrey P. Bezos（亚马逊公司），2016年4月（Letter to shareowners）');
  });

  it('shows no note where the content has none', async () => {
    renderApp('/glossary/hybrid-cloud');
    await screen.findByRole('heading', { level: 1, name: 'Hybrid cloud' });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('has no link to an original that is not online', async () => {
    renderApp('/glossary/cloud-computing');
    const source = await screen.findByRole('region', { name: 'Source' });
    expect(source).toHaveTextContent('Chu Chen');
    expect(within(source).queryByRole('link')).toBeNull();
  });

  it('links to its related terms, and to study and quiz it', async () => {
    renderApp('/glossary/iaas');
    const related = await screen.findByRole('region', { name: 'Related terms' });
    expect(within(related).getByRole('link', { name: /^Platform as a Service \(PaaS\)/ })).toHaveAttribute('href', '/glossary/paas');
    expect(screen.getByRole('link', { name: 'Study this term' })).toHaveAttribute('href', '/study/all?term=iaas&only=1');
    expect(screen.getByRole('link', { name: 'Quiz me on this term' })).toHaveAttribute('href', '/quiz/term?term=iaas');
  });

  it('links a foundation term to the reading terms it explains, and back', async () => {
    const { user } = renderApp('/glossary/economies-of-scale');
    const readings = await screen.findByRole('region', { name: 'In the readings' });
    await user.click(within(readings).getByRole('link', { name: /^Power grid analogy/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Power grid analogy' })).toBeInTheDocument();
    const foundations = screen.getByRole('region', { name: 'Explained in Foundations' });
    expect(within(foundations).getByRole('link', { name: /^Economies of scale/ })).toHaveAttribute('href', '/glossary/economies-of-scale');
    expect(within(screen.getByRole('region', { name: 'Related terms' })).queryByRole('link', { name: /^Economies of scale/ })).toBeNull();
  });

  it('links a term of the basics, studied in both tracks, as a related term, with nothing across', async () => {
    const { user } = renderApp('/glossary/measured-service');
    const readings = await screen.findByRole('region', { name: 'In the readings' });
    await user.click(within(readings).getByRole('link', { name: /^Utility/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Utility' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Explained in Foundations' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Related terms' })).getByRole('link', { name: /^Measured service/ })).toHaveAttribute('href', '/glossary/measured-service');
  });

  it('reads in Chinese, with the English beneath', async () => {
    renderApp('/glossary/public-cloud', { language: 'zh' });
    expect(await screen.findByRole('heading', { level: 1, name: '公有云' })).toBeInTheDocument();
    expect(screen.getByText('Public cloud')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('region', { name: '出处' })).toHaveTextContent('2011年9月');
    expect(screen.getByRole('link', { name: '学习这个术语' })).toBeInTheDocument();
  });

  it('leads to the next and previous terms of its topic, and back to the glossary', async () => {
    const { user } = renderApp('/glossary/public-cloud');
    const nav = await screen.findByRole('navigation', { name: 'More terms in this topic' });
    expect(within(nav).getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/glossary/deployment-model');
    expect(within(nav).getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/glossary/private-cloud');
    await user.click(within(nav).getByRole('link', { name: 'Glossary' }));
    // The glossary screen's code loads on first use; on a busy machine that can take a moment.
    expect(await screen.findByRole('searchbox', { name: 'Search the glossary' }, { timeout: 5000 })).toBeInTheDocument();
  });
});

describe('speaking a term', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is not offered where the browser has no speech synthesis', async () => {
    renderApp('/glossary/iaas');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('group', { name: 'Listen' })).toBeNull();
  });

  it('says the term in Chinese or English with the browser voice', async () => {
    const speak = vi.fn();
    const voices = [
      { name: 'Tingting', lang: 'zh-CN', localService: true, default: false },
      { name: 'Samantha', lang: 'en-US', localService: true, default: true },
    ];
    vi.stubGlobal('speechSynthesis', { speak, cancel: vi.fn(), getVoices: () => voices, addEventListener: vi.fn(), removeEventListener: vi.fn() });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        lang = '';
        voice = null;
        rate = 1;
        constructor(public text: string) {}
      },
    );
    const { user } = renderApp('/glossary/iaas');
    const listen = await screen.findByRole('group', { name: 'Listen' });
    await user.click(within(listen).getByRole('button', { name: '中文' }));
    expect(speak).toHaveBeenLastCalledWith(expect.objectContaining({ text: '基础设施即服务', lang: 'zh-CN', voice: voices[0] }));
    await user.click(within(listen).getByRole('button', { name: 'English' }));
    expect(speak).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'Infrastructure as a Service (IaaS)', lang: 'en', voice: voices[1] }));
  });

  it('offers only the languages the device has a voice for', async () => {
    const english = { name: 'Samantha', lang: 'en-US', localService: true, default: true };
    vi.stubGlobal('speechSynthesis', { speak: vi.fn(), cancel: vi.fn(), getVoices: () => [english], addEventListener: vi.fn(), removeEventListener: vi.fn() });
    vi.stubGlobal('SpeechSynthesisUtterance', class {});
    renderApp('/glossary/iaas');
    const listen = await screen.findByRole('group', { name: 'Listen' });
    expect(within(listen).getByRole('button', { name: 'English' })).toBeInTheDocument();
    expect(within(listen).queryByRole('button', { name: '中文' })).toBeNull();
  });
});

describe('an unknown term', () => {
  it('says so, suggests the closest terms and searches for it', async () => {
    // Once an earlier test has loaded the route's code and the glossary, this page renders in
    // the first pass and its suggestions suspend on `use()` inside render()'s synchronous act():
    // React leaves the rest of that render in act's queue, which a synchronous act() discards,
    // so the suggestions would never appear. An awaited act() lets React finish it.
    const { user } = await act(async () => renderApp('/glossary/public-clod'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Term not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no term “public-clod” in the glossary/)).toBeInTheDocument();
    const closest = await screen.findByRole('region', { name: 'Perhaps you meant' });
    expect(within(closest).getAllByRole('link')[0]).toHaveAttribute('href', '/glossary/public-cloud');
    const box = screen.getByRole('searchbox', { name: 'Search for it' });
    expect(box).toHaveValue('public clod');
    await user.clear(box);
    await user.type(box, 'hybrid{Enter}');
    expect(await screen.findByRole('searchbox', { name: 'Search the glossary' })).toHaveValue('hybrid');
    expect(screen.getByRole('link', { name: 'Hybrid cloud' })).toBeInTheDocument();
  });
});
