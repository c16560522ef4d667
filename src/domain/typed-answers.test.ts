/**
 * Every typed question of the bank, graded as the quiz grades it, against what learners type:
 * right answers written every way a learner who knows them would write them, in either
 * language, and wrong ones (another term, another number, another currency, another unit).
 * The inputs are written as a learner types them, not copied from the question's `answers`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentDir } from '../../scripts/check-data';
import { FOUNDATION_LEARNER_INPUTS } from '../../tests/fixtures/foundation-learner-inputs';
import { QuestionSchema, TermSchema, type Question, type Term } from './content';
import { confusableNames, gradeAnswer, type GradingContext, type QuizQuestion } from './quiz';

type Row = [input: string, right: boolean];

const R = true;
const W = false;

/** Question id → what learners type, and whether a fair teacher marks it right. */
const LEARNER_INPUTS: Record<string, Row[]> = {
  'q-c2b-requirements-count': [
    ['5', R], ['五', R], ['5个', R], ['五项', R], ['5 项', R], ['５', R], ['five', R], ['Five requirements', R], ['5 requirements', R], ['5项要求', R],
    ['五个要求', R], ['4', W], ['6', W], ['六', W], ['5年', W], ['定制', W], ['five years', W], ['50', W],
  ],
  'q-c2b-inventory-typed': [
    ['inventory', R], ['Inventory', R], ['inventories', R], ['stock', R], ['存货', R], ['库存', R], ['the inventory', R], ['inventroy', R],
    ['unsold stock', R], ['Stock.', R], ['cost', W], ['成本', W], ['订单', W], ['customization', W], ['存储', W],
  ],
  'q-c2b-bark-flavour': [
    ['bark', R], ['tree bark', R], ['Bark flavour', R], ['bark flavor', R], ['树皮', R], ['树皮味', R], ['树皮味儿', R], ['watermelon', W], ['西瓜', W],
    ['西瓜味', W], ['树叶', W], ['vanilla', W],
  ],
  'q-c2b-watermelon-quantity': [
    ['700-800', R], ['700~800', R], ['700～800', R], ['700—800', R], ['700 – 800', R], ['700 to 800', R], ['700至800', R], ['七八百', R],
    ['七八百根', R], ['七百到八百', R], ['seven or eight hundred', R], ['seven to eight hundred', R], ['700或800', R], ['700、800根', R],
    ['700', W], ['800', W], ['七百', W], ['750', W], ['70-80', W], ['七八十', W], ['7000-8000', W], ['800-700', W],
  ],
  'q-c2b-cloud-storage-platform': [
    ['information storage platform', R], ['an information storage platform', R], ['Information storage', R], ['storage platform', R],
    ['信息存储平台', R], ['信息存储', R], ['存储平台', R], ['data storage platform', R], ['信息储存平台', W], ['computing platform', W],
    ['计算平台', W], ['电网', W], ['platform', W],
  ],
  'q-c2b-information-is-king': [
    ['information is king', R], ['Information is King!', R], ['info is king', R], ['信息为王', R], ['信息为王！', R], ['informaton is king', R],
    ['data is king', W], ['content is king', W], ['数据为王', W], ['信息就是力量', W],
  ],
  'q-c2b-sixty-years': [
    ['60', R], ['60年', R], ['六十年', R], ['六十', R], ['sixty', R], ['sixty years', R], ['60 years', R], ['60 yrs', R], ['６０年', R],
    ['50', W], ['六十天', W], ['60 months', W], ['16', W], ['600', W], ['1900', W],
  ],
  'q-c2b-power-grid-year': [
    ['1900', R], ['1900年', R], ['in 1900', R], ['１９００', R], ['nineteen hundred', R], ['一九〇〇年', R], ['一九零零', R], ['1990', W],
    ['1800', W], ['1900s', W], ['2000', W], ['1910年', W],
  ],
  'q-c2b-taobao-five-years': [
    ['5', R], ['5年', R], ['五年', R], ['five', R], ['five years', R], ['5 years', R], ['5 yrs', R], ['五', R], ['过5年', R], ['5年后', R],
    ['after five years', R], ['10', W], ['3 years', W], ['5个月', W], ['five months', W], ['一年', W], ['50年', W],
  ],
  'q-c2b-cdb-loans': [
    ['China Development Bank', R], ['china development bank', R], ['CDB', R], ['cdb', R], ['国开行', R], ['国家开发银行', R], ['国开', R],
    ['the China Development Bank', R], ['China Developement Bank', R], ['国家开发银行（国开行）', R], ['China Development Bank (CDB)', R],
    ['Bank of China', W], ['中国银行', W], ['工商银行', W], ['ICBC', W], ['发改委', W], ['World Bank', W],
  ],
  'q-c2b-ten-years': [
    ['10', R], ['10年', R], ['十年', R], ['十', R], ['ten', R], ['ten years', R], ['10 years', R], ['10年以内', R], ['within 10 years', R],
    ['１０', R], ['5', W], ['5年', W], ['十个月', W], ['100', W], ['twenty years', W],
  ],
  'q-fig-facebook-relationships': [
    ['nearly a billion', R], ['nearly 1 billion', R], ['almost a billion', R], ['about 1 billion', R], ['1 billion', R], ['a billion', R],
    ['one billion people', R], ['1bn', R], ['1,000,000,000', R], ['1000 million', R], ['近10亿', R], ['10亿', R], ['近十亿人', R], ['十亿', R],
    ['将近10亿', R], ['约10亿人', R], ['1 million', W], ['100 million', W], ['1亿', W], ['10 billion', W], ['100亿', W], ['10万', W],
    ['more than a billion', W],
  ],
  'q-fig-ndrc-fund-amount': [
    ['6.6亿元', R], ['6.6亿', R], ['6.6 亿元', R], ['六点六亿元', R], ['6.6亿人民币', R], ['人民币6.6亿元', R], ['660 million yuan', R],
    ['660 million', R], ['RMB 660 million', R], ['RMB660m', R], ['¥660m', R], ['￥6.6亿', R], ['660m yuan', R], ['0.66 billion yuan', R],
    ['CNY 660 million', R], ['six hundred and sixty million yuan', R], ['66亿元', W], ['0.66亿', W], ['6.6万元', W], ['660 million dollars', W],
    ['$660 million', W], ['6.6亿美元', W], ['66 million yuan', W], ['6.6 billion yuan', W],
  ],
  'q-fig-pilot-cities-count': [
    ['5', R], ['五', R], ['5个', R], ['五个', R], ['five', R], ['5 cities', R], ['five pilot cities', R], ['5个城市', R], ['5个试点城市', R],
    ['15', W], ['4', W], ['五年', W], ['10个', W], ['50', W],
  ],
  'q-fig-demo-projects-count': [
    ['15', R], ['十五', R], ['15个', R], ['十五个', R], ['fifteen', R], ['15 projects', R], ['15个项目', R], ['15个示范项目', R],
    ['fifteen demonstration projects', R], ['5', W], ['10', W], ['150', W], ['15年', W], ['五十', W],
  ],
  'q-fig-china-2011-investment': [
    ['2.86亿美元', R], ['2.86亿', R], ['2.86 亿美元', R], ['2.86亿美金', R], ['US$286 million', R], ['$286m', R], ['$286 million', R],
    ['286 million USD', R], ['286 million dollars', R], ['286m', R], ['USD286m', R], ['$0.286 billion', R], ['two hundred and eighty-six million dollars', R],
    ['$286M', R], ['2.86亿元', W], ['286 million yuan', W], ['RMB 286 million', W], ['$2.86 billion', W], ['28.6亿美元', W], ['$268m', W],
    ['2.68亿美元', W], ['$1 billion', W], ['42%', W],
  ],
  'q-fig-amazon-2008': [
    ['8.82亿美元', R], ['8.82亿', R], ['US$882 million', R], ['$882m', R], ['$882 million', R], ['882 million dollars', R], ['882 million', R],
    ['$0.882bn', R], ['882 million USD', R], ['8.82 亿美金', R], ['$1.058 billion', W], ['10.58亿美元', W], ['$828m', W], ['8.82亿元', W],
    ['882 million yuan', W], ['$88.2 million', W],
  ],
  'q-fig-amazon-2011': [
    ['nearly $3 billion', R], ['nearly 3 billion dollars', R], ['$3bn', R], ['$3 billion', R], ['almost $3 billion', R], ['3 billion USD', R],
    ['US$3 billion', R], ['about 3 billion', R], ['近30亿美元', R], ['30亿美元', R], ['近30亿', R], ['将近30亿美元', R], ['三十亿美元', R],
    ['$3b', R], ['3000 million dollars', R], ['3 billion yuan', W], ['30亿元', W], ['3亿美元', W], ['$1.511 billion', W], ['15.11亿美元', W],
    ['$30 billion', W], ['300亿美元', W],
  ],
  'q-fig-aws-2010-share': [
    ['35%', R], ['35％', R], ['35 percent', R], ['35 per cent', R], ['thirty-five percent', R], ['thirty five per cent', R], ['百分之三十五', R],
    ['百分之35', R], ['35', R], ['44%', W], ['百分之四十四', W], ['53%', W], ['3.5%', W], ['35 million', W], ['$35', W],
  ],
  'q-cloud-basics-cloud-means-cloud-computing': [
    ['cloud computing', R], ['Cloud Computing', R], ['云计算', R], ['cloud-computing', R], ['could computing', R], ['云 计算', R],
    ['cloud storage', W], ['云存储', W], ['internet', W], ['互联网', W], ['SaaS', W],
  ],
  'q-cloud-basics-weinman-five-parts': [
    ['5', R], ['五', R], ['五个', R], ['5个', R], ['five', R], ['Five parts', R], ['5 parts', R], ['3', W], ['4', W], ['六', W], ['C-L-O-U-D', W],
  ],
  'q-cloud-basics-cloud-l-typed': [
    ['Location-independent', R], ['location independent', R], ['Location independence', R], ['location-independence', R], ['与位置无关', R],
    ['位置无关', R], ['位置独立', R], ['Locaton independent', R], ['Limitless', W], ['Local', W], ['Low cost', W], ['Location', W], ['本地', W],
  ],
  'q-cloud-basics-nist-doc-number': [
    ['145', R], ['800-145', R], ['SP 800-145', R], ['sp800-145', R], ['NIST SP 800-145', R], ['800–145', R], ['１４５', R], ['一百四十五', R],
    ['146', W], ['144', W], ['800-53', W], ['53', W], ['800', W], ['2011', W],
  ],
  'q-cloud-basics-nist-year': [
    ['2011', R], ['2011年', R], ['in 2011', R], ['２０１１', R], ['二零一一年', R], ['two thousand and eleven', R], ['2009', W], ['2012', W], ['2011年9月', W],
    ['2010年', W], ['11', W],
  ],
  'q-cloud-basics-three-implementations': [
    ['3', R], ['三', R], ['三种', R], ['3种', R], ['three', R], ['Three ways', R], ['3 ways', R], ['２', W], ['4', W], ['五种', W], ['IaaS', W],
  ],
  'q-cloud-basics-iaas-abbrev-typed': [
    ['IaaS', R], ['iaas', R], ['IAAS', R], ['ＩａａＳ', R], ['IaaS (Infrastructure as a Service)', R], ['Infrastructure as a Service (IaaS)', R],
    ['IaaS（基础设施即服务）', R], ['PaaS', W], ['SaaS', W], ['IaS', W], ['Iaas (PaaS)', W], ['基础设施', W],
  ],
  'q-cloud-basics-paas-abbrev-typed': [
    ['PaaS', R], ['paas', R], ['Platform as a Service', R], ['platform-as-a-service', R], ['平台即服务', R], ['PaaS (Platform as a Service)', R],
    ['Platform as a Service (PaaS)', R], ['平台即服务（PaaS）', R], ['IaaS', W], ['SaaS', W], ['Software as a Service', W], ['API', W],
    ['Linux API', W], ['PaaS (IaaS)', W],
  ],
  'q-cloud-basics-saas-fullname-typed': [
    ['Software as a Service', R], ['software-as-a-service', R], ['软件即服务', R], ['Software as a service.', R], ['Sofware as a Service', R],
    ['软件即服务（Software as a Service）', R], ['Platform as a Service', W], ['Infrastructure as a Service', W], ['平台即服务', W],
    ['软件服务', W], ['Software', W],
  ],
  'q-cloud-basics-tencent-nodes-typed': [
    ['Tencent Cloud', R], ['tencent cloud', R], ['Tencent', R], ['腾讯云', R], ['腾讯', R], ['Tencnet Cloud', R], ['Alibaba Cloud', W],
    ['阿里云', W], ['AWS', W], ['百度开放云', W], ['Google Cloud', W],
  ],
  'q-cloud-basics-saas-audience-typed': [
    ['end users', R], ['End user', R], ['end-users', R], ['终端用户', R], ['最终用户', R], ['终端使用者', R], ['end usres', R], ['developers', W],
    ['开发者', W], ['企业', W], ['enterprises', W],
  ],
  'q-cloud-basics-saas-example-typed': [
    ['Baidu Cloud Drive', R], ['baidu netdisk', R], ['Baidu Pan', R], ['百度云盘', R], ['百度网盘', R], ['百度云', R], ['Baidu Cloud', R],
    ['Tencent Cloud', W], ['腾讯云', W], ['微信', W], ['Dropbox', W], ['阿里云', W],
  ],
  'q-cloud-basics-deployment-count-typed': [
    ['4', R], ['四', R], ['四种', R], ['4种', R], ['four', R], ['Four models', R], ['4 deployment models', R], ['3', W], ['五种', W], ['5', W],
    ['deployment model', W],
  ],
  'q-cloud-basics-public-cloud-typed': [
    ['public cloud', R], ['Public Cloud', R], ['public', R], ['公有云', R], ['公共云', R], ['publc cloud', R], ['public clouds', R],
    ['private cloud', W], ['私有云', W], ['community cloud', W], ['混合云', W], ['hybrid cloud', W],
  ],
  'q-cloud-basics-hybrid-cloud-typed': [
    ['hybrid cloud', R], ['Hybrid', R], ['混合云', R], ['hybird cloud', R], ['hybrid clouds', R], ['混合部署', R], ['multi-cloud', W],
    ['public cloud', W], ['私有云', W], ['社区云', W], ['community cloud', W],
  ],
  'q-cloud-basics-characteristics-count': [
    ['5', R], ['五', R], ['五个', R], ['5个', R], ['five', R], ['five characteristics', R], ['5 essential characteristics', R], ['4', W],
    ['三', W], ['6个', W], ['五年', W],
  ],
  'q-cloud-basics-on-demand-self-service-typed': [
    ['on-demand self-service', R], ['On demand self service', R], ['on-demand self service', R], ['ondemand selfservice', R], ['按需自助服务', R],
    ['按需自助', R], ['on-demand self-servise', R], ['self-service', R], ['rapid elasticity', W], ['broad network access', W], ['快速弹性', W],
    ['资源池', W], ['measured service', W],
  ],
  'q-cloud-basics-broad-network-access-typed': [
    ['broad network access', R], ['Broad Network Access', R], ['广泛的网络访问', R], ['广泛网络访问', R], ['泛在网络访问', R],
    ['broad network acess', R], ['resource pooling', W], ['on-demand self-service', W], ['资源池', W], ['network', W], ['快速弹性', W],
  ],
  'q-cloud-basics-weinman-typed': [
    ['Joe Weinman', R], ['joe weinman', R], ['Weinman', R], ['Joseph Weinman', R], ['乔·韦曼', R], ['韦曼', R], ['Joe Wienman', R],
    ['Zeng Ming', W], ['曾鸣', W], ['Jeff Bezos', W], ['马云', W],
  ],
  'q-cloud-basics-tencent-university-typed': [
    ['Tencent University', R], ['tencent university', R], ['腾讯大学', R], ['daxue.qq.com', R], ['Tencent Univeristy', R], ['腾讯云', W],
    ['Tencent Cloud', W], ['知乎', W], ['Zhihu', W], ['Coursera', W],
  ],
  'q-cloud-basics-ecosystem-data-typed': [
    ['data', R], ['Data', R], ['数据', R], ['data.', R], ['软件', W], ['software', W], ['cloud', W], ['云', W], ['hardware', W],
  ],
  'q-cloud-basics-data-analytics-typed': [
    ['data analytics', R], ['Data analysis', R], ['analytics', R], ['数据分析', R], ['数据分析能力', R], ['data analytic', R], ['data anaytics', R],
    ['marketing', W], ['营销', W], ['programming', W], ['编程', W], ['数据', W],
  ],
};

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let typedQuestions: Extract<QuizQuestion, { kind: 'typed' }>[] = [];
let context: GradingContext;

beforeAll(async () => {
  const content = await readContentDir(join(root, 'data'));
  const itemsOf = (pattern: RegExp) => content.files.filter((file) => pattern.test(file.path.replaceAll('\\', '/'))).flatMap((file) => file.json as unknown[]);
  const terms: Term[] = itemsOf(/\/terms(?:\.json|\/[^/]+\.json)$/).map((item) => TermSchema.parse(item));
  const questions: Question[] = itemsOf(/\/questions\/[^/]+\.json$/).map((item) => QuestionSchema.parse(item));
  typedQuestions = questions.flatMap((question) => (question.kind === 'typed' ? [{ ...question, origin: 'bank' as const }] : []));
  context = { termById: new Map(terms.map((term) => [term.id, term])), confusables: confusableNames(terms) };
}, 60_000);

const ALL_INPUTS: Record<string, Row[]> = { ...LEARNER_INPUTS, ...FOUNDATION_LEARNER_INPUTS };

const rows = Object.entries(ALL_INPUTS).flatMap(([id, inputs]) => inputs.map(([input, right]) => ({ id, input, right })));

describe('typed questions graded as a fair teacher would', () => {
  it('has at least 300 learner inputs, right and wrong, in both languages', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((row) => !row.right).length).toBeGreaterThanOrEqual(100);
    expect(rows.filter((row) => /\p{Script=Han}/u.test(row.input)).length).toBeGreaterThanOrEqual(100);
    expect(rows.filter((row) => /^[\x20-\x7e]+$/.test(row.input)).length).toBeGreaterThanOrEqual(100);
  });

  it('covers every typed question of the bank', () => {
    expect(typedQuestions.map((question) => question.id).filter((id) => !(id in ALL_INPUTS))).toEqual([]);
  });

  it.each(rows)('$id: "$input" is $right', ({ id, input, right }) => {
    const question = typedQuestions.find((candidate) => candidate.id === id);
    if (question === undefined) throw new Error(`no typed question ${id}`);
    const graded = gradeAnswer(question, { kind: 'typed', text: input }, context);
    expect({ input, correct: graded.correct }).toEqual({ input, correct: right });
  });

  it('never tells a learner that another name of the right term is a different term', () => {
    for (const question of typedQuestions) {
      for (const termId of question.terms) {
        const term = context.termById.get(termId);
        if (term === undefined) continue;
        const names = [term.term.en, term.term.zh, ...term.aliases];
        const answerKeys = [...question.answers.en, ...question.answers.zh];
        if (!names.some((name) => answerKeys.includes(name))) continue;
        for (const name of names) {
          const graded = gradeAnswer(question, { kind: 'typed', text: name }, context);
          expect({ question: question.id, name, confusedWith: graded.typed?.correct === false ? graded.typed.confusedWith : undefined }).toEqual({
            question: question.id,
            name,
            confusedWith: undefined,
          });
        }
      }
    }
  });
});
