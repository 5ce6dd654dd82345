import type { SeedPlan } from './types';
import { seedAgreements } from './agreements';
import { EVENT } from './events';
import { seedProjects } from './projects';

// The article presents everything done in 2021 as the 14th Five-Year integration getting off to a
// good start ("在“十四五”时期开好局、起好步"), so every project and agreement serves that plan.
export const seedPlans: SeedPlan[] = [
  {
    code: 'PLAN-14FYP',
    kind: 'plan',
    adoptedOn: '2021',
    nameZh: '《省会经济圈“十四五”一体化发展规划》',
    nameEn: '14th Five-Year Plan for the integrated development of the provincial-capital economic circle',
    projectCodes: seedProjects.map((p) => p.code),
    agreementCodes: seedAgreements.map((a) => a.code),
    summaryZh:
      '共同编制的规划经省政府同意印发实施,着力打造黄河流域生态保护和高质量发展引领区、全国区域一体化发展示范区、全国数字经济高地、世界级产业基地、国际医养中心和国际知名文化旅游目的地。',
    summaryEn:
      'Drawn up jointly and issued with the approval of the provincial government, the plan aims to make the circle a leading area for Yellow River ecological protection and high-quality development, a national model of regional integration, a national digital-economy hub, a world-class industrial base, an international medical and elderly-care centre and an internationally known cultural tourism destination.',
    sourceQuote:
      '一起编制的《省会经济圈“十四五”一体化展开规划》现已省政府同意印发施行,着力打造黄河流域生态维护和高质量展开引领区、全国区域一体化展开示范区、全国数字经济高地、世界级工业基地、世界医养中心和世界知名文明游览目的地。',
  },
  {
    code: 'PLAN-369-ACTION',
    kind: 'action_plan',
    adoptedOn: '2021-02-06',
    eventCode: EVENT.jointMeeting2,
    nameZh: '“369”行动计划',
    nameEn: '"369" action plan',
    projectCodes: [],
    agreementCodes: [
      'AGR-2021-TRANSPORT',
      'AGR-2021-LIVELIHOOD',
      'AGR-2021-INVESTMENT-PROMOTION',
      'AGR-2021-FINANCING-PLATFORMS',
    ],
    summaryZh: '第2次联席会议审议通过“369”行动计划,同时签署4个合作协议。文章未介绍行动计划的具体内容。',
    summaryEn:
      'The second joint meeting approved the "369" action plan and signed four cooperation agreements at the same time. The article does not describe what the plan contains.',
    sourceQuote:
      '今年2月6日,济南市安排举办第2次联席会议,审议经过“369”行动计划,签署交通一体化协同推进、民生事项共建同享、出资促进携手联动、投融资平台共建同享等4个协作协议。',
  },
];
