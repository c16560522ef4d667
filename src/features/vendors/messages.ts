import { defineMessages } from '../../lib/i18n';

export const vendorMessages = defineMessages({
  en: {
    title: 'Vendor names',
    lead: 'The same kind of service at six clouds: what AWS, Azure, Google Cloud, Alibaba Cloud, Huawei Cloud and Tencent Cloud call it.',
    searchLabel: 'Search the vendor table',
    searchPlaceholder: 'e.g. S3, 对象存储, Lambda',
    clearSearch: 'Clear search',
    tableCaption: 'Product names by kind of service',
    tableRegion: 'Vendor table (scrolls sideways)',
    category: 'Kind of service',
    vendor: (vendor: string) =>
      ({ aws: 'AWS', azure: 'Microsoft Azure', google: 'Google Cloud', alibaba: 'Alibaba Cloud 阿里云', huawei: 'Huawei Cloud 华为云', tencent: 'Tencent Cloud 腾讯云' })[vendor] ?? vendor,
    rows: (n: number, total: number) => (n === total ? `${total} kinds of service` : `${n} of ${total} kinds of service match`),
    noMatch: (query: string) => `No service or product matches “${query}”.`,
    asOf: (month: string) => `Names as of ${month}; providers rename products, so check their own pages.`,
    sources: 'Sources: the providers’ own service comparisons and product documentation.',
    learnTopic: 'Learn about it',
  },
  zh: {
    title: '各家云的产品名',
    lead: '同一类服务在六家云上的名字：AWS、Azure、Google Cloud、阿里云、华为云和腾讯云分别怎么叫。',
    searchLabel: '搜索产品对照表',
    searchPlaceholder: '如 S3、对象存储、Lambda',
    clearSearch: '清除搜索',
    tableCaption: '按服务类别列出的产品名',
    tableRegion: '产品对照表（可左右滚动）',
    category: '服务类别',
    vendor: (vendor: string) =>
      ({ aws: 'AWS', azure: 'Microsoft Azure', google: 'Google Cloud', alibaba: '阿里云', huawei: '华为云', tencent: '腾讯云' })[vendor] ?? vendor,
    rows: (n: number, total: number) => (n === total ? `共 ${total} 类服务` : `${total} 类服务中有 ${n} 类匹配`),
    noMatch: (query: string) => `没有服务或产品匹配“${query}”。`,
    asOf: (month: string) => `产品名截至 ${month}；各家会给产品改名，请以其官网为准。`,
    sources: '出处：各家云官方的服务对照和产品文档。',
    learnTopic: '去学习',
  },
});
