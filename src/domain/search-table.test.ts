import { describe, expect, it } from 'vitest';
import { realTerms } from '../../tests/factories/real-content';
import { buildSearchIndex, didYouMean, searchGlossary, suggestTerms } from './search';

/**
 * What a learner types, and the term that must come first: names and aliases in both
 * languages, abbreviations, typos, Chinese inside longer words, and vendor product names.
 */
const TABLE: [query: string, top: string][] = [
  // names, English
  ['saas', 'saas'],
  ['iaas', 'iaas'],
  ['PaaS', 'paas'],
  ['cloud computing', 'cloud-computing'],
  ['hybrid cloud', 'hybrid-cloud'],
  ['public cloud', 'public-cloud'],
  ['hypervisor', 'hypervisor'],
  ['virtual machine', 'virtual-machine'],
  ['region', 'region'],
  ['availability zone', 'availability-zone'],
  ['load balancer', 'load-balancer'],
  ['object storage', 'object-storage'],
  ['block storage', 'block-storage'],
  ['subnet', 'subnet'],
  ['kubernetes', 'kubernetes'],
  ['container', 'container'],
  ['serverless', 'serverless-computing'],
  ['microservices', 'microservices'],
  ['devops', 'devops'],
  ['multi-cloud', 'multi-cloud'],
  ['total cost of ownership', 'total-cost-of-ownership'],
  ['shared responsibility', 'shared-responsibility-model'],
  ['least privilege', 'least-privilege'],
  ['disaster recovery', 'disaster-recovery'],
  ['elasticity', 'rapid-elasticity'],
  ['scalability', 'scalability'],
  ['Taobao', 'taobao'],
  ['Zeng Ming', 'zeng-ming'],
  ['power grid', 'power-grid-analogy'],
  // abbreviations and aliases
  ['AWS', 'amazon-web-services'],
  ['VM', 'virtual-machine'],
  ['AZ', 'availability-zone'],
  ['CDN', 'content-delivery-network'],
  ['VPC', 'virtual-private-cloud'],
  ['IAM', 'identity-and-access-management'],
  ['MFA', 'multi-factor-authentication'],
  ['k8s', 'kubernetes'],
  ['FaaS', 'function-as-a-service'],
  ['IaC', 'infrastructure-as-code'],
  ['CI/CD', 'cicd-pipeline'],
  ['SLA', 'service-level-agreement'],
  ['RPO', 'recovery-point-objective'],
  ['RTO', 'recovery-time-objective'],
  ['TCO', 'total-cost-of-ownership'],
  ['capex', 'capital-expenditure'],
  ['lift and shift', 'rehost'],
  ['6 Rs', 'migration-strategies'],
  ['C-L-O-U-D', 'weinman-cloud-definition'],
  ['NIST SP 800-145', 'nist-cloud-definition'],
  // typos
  ['infrastucture', 'iaas'],
  ['kubernets', 'kubernetes'],
  ['virtualisation', 'virtualization'],
  ['hypervsor', 'hypervisor'],
  ['elastisity', 'rapid-elasticity'],
  ['microservises', 'microservices'],
  ['serverles', 'serverless-computing'],
  ['availibility zone', 'availability-zone'],
  // Chinese: names, aliases, inside longer words
  ['云计算', 'cloud-computing'],
  ['公有云', 'public-cloud'],
  ['混合云', 'hybrid-cloud'],
  ['虚拟机', 'virtual-machine'],
  ['可用区', 'availability-zone'],
  ['负载均衡', 'load-balancer'],
  ['对象存储', 'object-storage'],
  ['容器', 'container'],
  ['无服务器', 'serverless-computing'],
  ['微服务', 'microservices'],
  ['最小权限', 'least-privilege'],
  ['责任共担', 'shared-responsibility-model'],
  ['容灾', 'disaster-recovery'],
  ['弹性', 'rapid-elasticity'],
  ['淘宝', 'taobao'],
  ['曾鸣', 'zeng-ming'],
  ['亚马逊云', 'amazon-web-services'],
  ['阿里云', 'alibaba-cloud'],
  ['按量付费', 'pay-as-you-go'],
  ['竞价', 'spot-instance'],
  ['专有网络', 'virtual-private-cloud'],
  ['灰度发布', 'canary-release'],
  // vendor product names (the learner searches the product; the glossary answers the kind)
  ['Aliyun', 'alibaba-cloud'],
  ['AMI', 'machine-image'],
  ['Glacier', 'archive-storage'],
  ['Key Vault', 'key-management-service'],
  ['vSwitch', 'subnet'],
  ['RAM 用户', 'iam-user'],
];

describe('search: the expected first result of real queries', () => {
  const index = buildSearchIndex(realTerms);

  it.each(TABLE)('%s → %s', (query, top) => {
    expect(searchGlossary(index, query)[0]?.term.id).toBe(top);
  });

  it('holds at least 60 queries, in both languages', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
    expect(TABLE.filter(([query]) => /\p{Script=Han}/u.test(query)).length).toBeGreaterThanOrEqual(20);
  });
});

describe('search: precision', () => {
  const index = buildSearchIndex(realTerms);
  const ids = (query: string) => searchGlossary(index, query).map((hit) => hit.term.id);

  it('puts an exact name or alias first and alone: no typo neighbours below it', () => {
    const saas = searchGlossary(index, 'saas');
    expect(saas[0]).toMatchObject({ exact: true, term: { id: 'saas' } });
    expect(saas.filter((hit) => hit.exact)).toHaveLength(1);
    expect(saas.some((hit) => hit.marks.words.includes('paas'))).toBe(false);
    expect(ids('saas').length).toBeLessThanOrEqual(8);
  });

  it('leaves out the long tail: explanation-only matches only fill a short list', () => {
    const cloud = searchGlossary(index, 'cloud');
    expect(cloud.every((hit) => hit.field !== 'explanation')).toBe(true);
    expect(cloud.length).toBeLessThan(realTerms.filter((term) => JSON.stringify(term).toLowerCase().includes('cloud')).length / 2);
  });

  it('shows typo matches only in names and aliases, and only when nothing matched as typed', () => {
    expect(ids('infrastucture')).toEqual(['iaas', 'infrastructure-as-code', 'immutable-infrastructure', 'china-cloud-infrastructure-market']);
    expect(ids('nope')).toEqual([]);
    expect(suggestTerms(index, 'nope')).toEqual([]);
  });

  it('offers "did you mean" for a likely typo, and not for a query typed right', () => {
    const mean = (query: string) => didYouMean(searchGlossary(index, query), query);
    expect(mean('infrastucture')).toBe('infrastructure');
    expect(mean('kubernets')).toBe('kubernetes');
    expect(mean('availibility zone')).toBe('availability zone');
    expect(mean('hypervsor')).toBe('hypervisor');
    expect(mean('saas')).toBeNull();
    expect(mean('弹性')).toBeNull();
    expect(mean('nope')).toBeNull();
  });
});
