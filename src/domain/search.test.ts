import { describe, expect, it } from 'vitest';
import { realTerms } from '../../tests/factories/real-content';
import type { Term } from './content';
import { buildSearchIndex, excerpt, highlight, indexTokens, normalizeText, queryTokens, searchGlossary, suggestTerms } from './search';

const glossary = realTerms;
const index = buildSearchIndex(glossary);
const ids = (query: string) => searchGlossary(index, query).map((hit) => hit.term.id);
const first = (query: string) => ids(query)[0];

/** A term with only what a test cares about filled in. */
function term(id: string, parts: { en?: string; zh?: string; aliases?: string[]; definition?: string; explanation?: string } = {}): Term {
  return {
    id,
    topic: 'basics',
    term: { en: parts.en ?? `Term ${id}`, zh: parts.zh ?? '术语' },
    aliases: parts.aliases ?? [],
    definition: { en: parts.definition ?? 'A definition.', zh: '定义。' },
    explanation: { en: parts.explanation ?? 'An explanation.', zh: '解释。' },
    examples: [],
    related: [],
    source: { source: 'post-cloud-marketing', quote: '云计算' },
  };
}

describe('searchGlossary on the real glossary: the first result', () => {
  it.each([
    // English: names, aliases, case, width, punctuation, typos, prefixes
    ['cloud', 'cloud-computing'],
    ['iaas', 'iaas'],
    ['IAAS', 'iaas'],
    ['ＩａａＳ', 'iaas'],
    ['Infrastructure-as-a-Service', 'iaas'],
    ['infrastucture as a service', 'iaas'],
    ['infra as a service', 'iaas'],
    ['saas', 'saas'],
    ['public cloud', 'public-cloud'],
    ['Public-Cloud!', 'public-cloud'],
    ['hybrid clouds', 'hybrid-cloud'],
    ['elastisity', 'rapid-elasticity'],
    ['elast', 'rapid-elasticity'],
    ['multi-tenancy', 'multi-tenancy'],
    ['multitenancy', 'multi-tenancy'],
    ['k8s', 'kubernetes'],
    ['vpc', 'virtual-private-cloud'],
    ['slo', 'service-level-objective'],
    ['infra as code', 'infrastructure-as-code'],
    ['aws', 'amazon-web-services'],
    ['forester', 'forrester'],
    ['self service', 'on-demand-self-service'],
    ['ming zeng', 'zeng-ming'],
    ['consumer to business', 'c2b'],
    ['aliyun', 'alibaba-cloud'],
    ['data centre', 'data-center'],
    ['c', 'cloud-common'],
    // Chinese: whole names, words inside longer names, aliases, full-width punctuation, mixed scripts
    ['云计算', 'cloud-computing'],
    ['云', 'cloud-computing'],
    ['公有云', 'public-cloud'],
    ['公有云。', 'public-cloud'],
    ['私有云', 'private-cloud'],
    ['混合', 'hybrid-cloud'],
    ['弹性', 'rapid-elasticity'],
    ['按需自助', 'on-demand-self-service'],
    ['池化', 'resource-pooling'],
    ['多租户', 'multi-tenancy'],
    ['基础设施 服务', 'iaas'],
    ['阿里云', 'alibaba-cloud'],
    ['可用区', 'availability-zone'],
    ['对象存储', 'object-storage'],
    ['曾鸣', 'zeng-ming'],
    ['百度网盘', 'baidu-cloud-drive'],
    ['发改委', 'ndrc-cloud-fund'],
    ['微信API', 'wechat-api'],
    ['微信 api', 'wechat-api'],
    ['阿里 cloud', 'alibaba-cloud'],
  ])('%s → %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('finds a word that only the explanations use, in either language', () => {
    expect(ids('wikipedia')).toContain('cloud-computing');
    expect(ids('维基百科')).toContain('cloud-computing');
    expect(searchGlossary(index, 'wikipedia').every((hit) => hit.field === 'explanation')).toBe(true);
  });

  it('treats an empty or punctuation-only query as no search', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('？！…,.')).toEqual([]);
  });

  it('needs every word of the query to match', () => {
    expect(ids('public zzqxv')).toEqual([]);
  });
});

describe('ranking', () => {
  // Texts chosen so that BM25 alone would rank them the other way round: the weaker the
  // field, the more often and the more densely it says "gizmo".
  const fixture = buildSearchIndex([
    term('in-explanation', { explanation: 'Gizmo. Gizmo gizmo, gizmo gizmo gizmo gizmo.' }),
    term('in-definition', { definition: 'Gizmo gizmo gizmo.' }),
    term('in-alias', { aliases: ['gizmo box', 'gizmo gizmo'] }),
    term('in-name', { en: 'The engineering of a very large and rather complicated gizmo for many people at once' }),
  ]);

  it('puts a name match above an alias, above a definition, above an explanation', () => {
    const hits = searchGlossary(fixture, 'gizmo');
    expect(hits.map((hit) => hit.term.id)).toEqual(['in-name', 'in-alias', 'in-definition', 'in-explanation']);
    expect(hits.map((hit) => hit.field)).toEqual(['name', 'alias', 'definition', 'explanation']);
  });

  it('ranks by the weakest field a multi-word query needed, not by the sum of scores', () => {
    const mixed = buildSearchIndex([
      // "alpha" in a short name scores high, but "beta" is only in the definition.
      term('name-and-definition', { en: 'Alpha', definition: 'Beta, beta and beta again.' }),
      // Both words in one long alias.
      term('alias-only', { aliases: ['a long and winding alias that mentions alpha and then beta at last'] }),
    ]);
    const hits = searchGlossary(mixed, 'alpha beta');
    expect(hits.map((hit) => [hit.term.id, hit.field])).toEqual([
      ['alias-only', 'alias'],
      ['name-and-definition', 'definition'],
    ]);
  });

  it('does the same in Chinese', () => {
    const chinese = buildSearchIndex([
      term('zh-definition', { zh: '甲', definition: '与资源池有关。' }),
      term('zh-name', { zh: '资源池化的一种很长的名字' }),
      term('zh-alias', { zh: '乙', aliases: ['共享资源池'] }),
    ]);
    expect(searchGlossary(chinese, '资源池').map((hit) => hit.term.id)).toEqual(['zh-name', 'zh-alias', 'zh-definition']);
  });

  it('puts an exact alias above a name that only contains the query', () => {
    const hits = searchGlossary(fixture, 'gizmo box');
    expect(hits[0]?.term.id).toBe('in-alias');
    expect(hits[0]?.exact).toBe(true);
  });

  it('shows typo matches only when no word matched as typed', () => {
    const typos = buildSearchIndex([term('fuzzy', { en: 'Cloudy' }), term('exact', { en: 'Clouts' })]);
    expect(searchGlossary(typos, 'clouts').map((hit) => hit.term.id)).toEqual(['exact']);
    expect(searchGlossary(typos, 'cloudx').map((hit) => hit.term.id)).toEqual(['fuzzy']);
  });

  it('returns at most `limit` hits', () => {
    expect(searchGlossary(index, 'cloud', { limit: 3 })).toHaveLength(3);
  });
});

describe('normalisation and tokens', () => {
  it('folds case, full-width forms, accents and punctuation', () => {
    expect(normalizeText('Ｉｎｆｒａ-Structure，ÉTÉ')).toBe('infra structure ete');
    expect(normalizeText('“公有云”！')).toBe('公有云');
    expect(normalizeText("Amazon's  cloud")).toBe('amazons cloud');
  });

  it('indexes Latin words, joined groups, CJK characters and pairs', () => {
    const tokens = indexTokens('On-demand 私有云 daxue.qq.com');
    expect(tokens.latin).toEqual(['on', 'demand', 'ondemand', 'daxue', 'qq', 'com', 'daxueqqcom']);
    expect(tokens.cjk).toEqual(['私', '有', '云', '私有', '有云']);
    expect(tokens.characters).toBe(3);
  });

  it('splits a query into words and character pairs, dropping stop words', () => {
    expect(queryTokens('Infrastructure as a Service').map((token) => token.text)).toEqual(['infrastructure', 'service']);
    expect(queryTokens('the').map((token) => token.text)).toEqual(['the']);
    expect(queryTokens('云计算').map((token) => token.text)).toEqual(['云计', '计算']);
    expect(queryTokens('云').map((token) => token.text)).toEqual(['云']);
  });

  it('allows typos only in Latin words long enough to have them', () => {
    const fuzzy = Object.fromEntries(queryTokens('aws cloud infrastructure 800 云计算').map((token) => [token.text, token.fuzzy]));
    expect(fuzzy).toEqual({ aws: 0, cloud: 1, infrastructure: 2, '800': 0, 云计: 0, 计算: 0 });
  });
});

describe('suggestTerms', () => {
  it('offers the closest names when nothing matches', () => {
    expect(ids('百渡')).toEqual([]);
    expect(suggestTerms(index, '百渡').map((t) => t.id)).toEqual(expect.arrayContaining(['baidu-cloud-drive', 'baidu-open-cloud']));
    expect(suggestTerms(index, 'infrastructure banana').map((t) => t.id)).toContain('iaas');
  });

  it('offers nothing rather than nonsense', () => {
    expect(suggestTerms(index, 'xyzzy')).toEqual([]);
    expect(suggestTerms(index, '')).toEqual([]);
  });
});

describe('highlight', () => {
  it('marks the matched words in the original text, whatever their case or width', () => {
    const hit = searchGlossary(index, 'ＩＮＦＲＡＳＴＵＣＴＵＲＥ').find((candidate) => candidate.term.id === 'iaas');
    expect(hit?.term.id).toBe('iaas');
    expect(highlight('Infrastructure as a Service (IaaS)', hit!.marks)).toEqual([
      { text: 'Infrastructure', match: true },
      { text: ' as a Service (IaaS)', match: false },
    ]);
  });

  it('marks a word found by its beginning as far as it was typed, and a misspelt word whole', () => {
    const [prefix] = searchGlossary(index, 'multidim');
    expect(highlight('Multidimensional customer relationships', prefix!.marks)[0]).toEqual({ text: 'Multidim', match: true });
    const [typo] = searchGlossary(index, 'multidimensinal');
    expect(highlight('Multidimensional customer relationships', typo!.marks)[0]).toEqual({ text: 'Multidimensional', match: true });
    const [possessive] = searchGlossary(index, 'amazon tech');
    expect(highlight("Amazon's technology spending", possessive!.marks).filter((s) => s.match).map((s) => s.text)).toEqual(['Amazon', 'tech']);
  });

  it('marks Chinese pieces inside longer text, merged into one run', () => {
    expect(highlight('中国云计算基础架构市场', { words: [], cjk: ['云计', '计算'] })).toEqual([
      { text: '中国', match: false },
      { text: '云计算', match: true },
      { text: '基础架构市场', match: false },
    ]);
  });

  it('keeps markup as plain text', () => {
    const segments = highlight('<b>cloud</b> & <script>', { words: ['cloud', 'script'], cjk: [] });
    expect(segments.map((segment) => segment.text).join('')).toBe('<b>cloud</b> & <script>');
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['cloud', 'script']);
  });

  it('maps full-width text back to its own characters', () => {
    expect(highlight('ＡＷＳ云', { words: ['aws'], cjk: [] })).toEqual([
      { text: 'ＡＷＳ', match: true },
      { text: '云', match: false },
    ]);
  });

  it('cuts a long text to a window around the first match', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(8)}The gizmo is here. ${'Consectetur adipiscing elit. '.repeat(8)}`;
    const segments = excerpt(text, { words: ['gizmo'], cjk: [] }, 30);
    expect(segments[0]).toEqual({ text: '…', match: false });
    expect(segments.at(-1)).toEqual({ text: '…', match: false });
    expect(segments.find((segment) => segment.match)?.text).toBe('gizmo');
    expect(segments.map((segment) => segment.text).join('').length).toBeLessThan(120);
  });
});
