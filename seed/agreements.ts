import type { SeedAgreement } from './types';
import { ALL_CITY_CODES, CITY } from './cities';
import { DISTRICT } from './districts';
import { EVENT } from './events';
import { seedProjects } from './projects';

const JOINT_MEETING_2 =
  '今年2月6日,济南市安排举办第2次联席会议,审议经过“369”行动计划,签署交通一体化协同推进、民生事项共建同享、出资促进携手联动、投融资平台共建同享等4个协作协议。';

// The transport agreement commits the seven cities to integrate transport; the article's whole
// transport section reports its progress, so it is linked to every transport project.
const TRANSPORT_CATEGORIES = new Set(['rail', 'road', 'port', 'airport']);
const transportProjectCodes = seedProjects.filter((p) => TRANSPORT_CATEGORIES.has(p.category)).map((p) => p.code);
const publicServiceProjectCodes = seedProjects.filter((p) => p.category === 'services').map((p) => p.code);

export const seedAgreements: SeedAgreement[] = [
  {
    code: 'AGR-2021-TRANSPORT',
    type: 'cooperation',
    signedOn: '2021-02-06',
    eventCode: EVENT.jointMeeting2,
    nameZh: '交通一体化协同推进合作协议',
    nameEn: 'Cooperation agreement on jointly advancing transport integration',
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    projectCodes: transportProjectCodes,
    summaryZh: '第2次联席会议签署的4个合作协议之一,协同推进省会经济圈交通一体化。',
    summaryEn:
      'One of the four agreements signed at the second joint meeting: the cities advance transport integration together.',
    sourceQuote: JOINT_MEETING_2,
  },
  {
    code: 'AGR-2021-LIVELIHOOD',
    type: 'cooperation',
    signedOn: '2021-02-06',
    eventCode: EVENT.jointMeeting2,
    nameZh: '民生事项共建共享合作协议',
    nameEn: 'Cooperation agreement on jointly building and sharing livelihood services',
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    projectCodes: publicServiceProjectCodes,
    summaryZh: '第2次联席会议签署的4个合作协议之一,民生事项共建共享。',
    summaryEn:
      'One of the four agreements signed at the second joint meeting: the cities build and share public livelihood services.',
    sourceQuote: JOINT_MEETING_2,
  },
  {
    code: 'AGR-2021-INVESTMENT-PROMOTION',
    type: 'cooperation',
    signedOn: '2021-02-06',
    eventCode: EVENT.jointMeeting2,
    nameZh: '投资促进携手联动合作协议',
    nameEn: 'Cooperation agreement on joint investment promotion',
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    projectCodes: [],
    summaryZh: '第2次联席会议签署的4个合作协议之一,投资促进携手联动。',
    summaryEn: 'One of the four agreements signed at the second joint meeting: the cities promote investment together.',
    sourceQuote: JOINT_MEETING_2,
  },
  {
    code: 'AGR-2021-FINANCING-PLATFORMS',
    type: 'cooperation',
    signedOn: '2021-02-06',
    eventCode: EVENT.jointMeeting2,
    nameZh: '投融资平台共建共享合作协议',
    nameEn: 'Cooperation agreement on jointly building and sharing investment and financing platforms',
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    projectCodes: [],
    summaryZh: '第2次联席会议签署的4个合作协议之一,投融资平台共建共享。',
    summaryEn:
      'One of the four agreements signed at the second joint meeting: the cities build and share investment and financing platforms.',
    sourceQuote: JOINT_MEETING_2,
  },
  {
    code: 'AGR-2021-CPPCC-JOINT-MEETING-MECHANISM',
    type: 'mechanism',
    signedOn: '2021',
    eventCode: EVENT.cppccChairs1,
    nameZh: '省会经济圈政协主席联席会议机制',
    nameEn: "Joint-meeting mechanism of the circle's CPPCC chairs",
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    projectCodes: [],
    summaryZh: '在省会经济圈政协主席第一次联席会议上签署联席会议机制,围绕交通、旅游、生态环境等主题进行专题协商。',
    summaryEn:
      'Signed at the first joint meeting of CPPCC chairs; the chairs hold consultations on themes such as transport, tourism and the environment.',
    sourceQuote:
      '市政协安排举办省会经济圈政协主席第一次联席会议,签署了联席会议机制,环绕交通、游览、生态环境等主题进行专题协商。',
  },
  {
    code: 'AGR-2021-JINAN-ZIBO-INTEGRATION',
    type: 'strategic',
    signedOn: '2021',
    nameZh: '济淄同城化建设战略合作协议',
    nameEn: 'Strategic cooperation agreement on Jinan–Zibo integration',
    cityCodes: [CITY.jinan, CITY.zibo],
    districtCodes: [],
    projectCodes: ['RAIL-JINAN-ZIBO-TRANSIT', 'ROAD-JINAN-WEIFANG-EXPRESSWAY', 'ROAD-JINAN-GAOQING-EXPRESSWAY'],
    summaryZh:
      '济南、淄博签署同城化建设战略合作协议,围绕基础设施、产业融合、科技合作等领域开展合作,为济淄同城化发展提供重要支撑。',
    summaryEn:
      'Jinan and Zibo agreed to cooperate on infrastructure, industrial integration and science and technology so that the two cities grow together; it is linked to the transport projects that join them.',
    sourceQuote:
      '济南、淄博签署同城化建造战略协作协议,环绕基础设施、工业交融、科技协作等范畴展开协作,为济淄同城化展开提供了重要支撑。',
  },
  {
    code: 'AGR-2021-10-WATERSHED-ECO-COMPENSATION',
    type: 'eco_compensation',
    signedOn: '2021-10',
    nameZh: '流域横向生态补偿协议',
    nameEn: 'Watershed horizontal ecological compensation agreements',
    cityCodes: [CITY.jinan, CITY.taian],
    districtCodes: [
      DISTRICT.laiwu,
      DISTRICT.gangcheng,
      DISTRICT.changqing,
      DISTRICT.pingyin,
      DISTRICT.daiyue,
      DISTRICT.feicheng,
      DISTRICT.dongping,
    ],
    projectCodes: ['ECO-GREATER-TAISHAN'],
    summaryZh:
      '2021年10月下旬,济南市莱芜区、钢城区、长清区、平阴县分别与泰安市岱岳区、肥城市、东平县先后签订流域横向生态补偿协议,落实上下游协同治污原则。此条记录汇总了这几份协议。',
    summaryEn:
      "In late October 2021, Laiwu, Gangcheng, Changqing and Pingyin in Jinan each signed watershed ecological compensation agreements with Daiyue, Feicheng and Dongping in Tai'an, so that upstream and downstream areas fight pollution together. This record covers all of these agreements.",
    sourceQuote:
      '10月下旬,济南市莱芜区、钢城区、长清区、平阴县别离与泰安市岱岳区、肥城市、东平县先后签定流域横向生态补偿协议,贯彻落实上下流协同治污原则;',
  },
  {
    code: 'AGR-2021-GOV-SERVICES-PROVINCE-WIDE',
    type: 'government_services',
    signedOn: '2021',
    nameZh: '政务服务“全省通办”合作协议',
    nameEn: 'Cooperation agreement on province-wide government services',
    cityCodes: ALL_CITY_CODES,
    districtCodes: [
      DISTRICT.jiyang,
      DISTRICT.decheng,
      DISTRICT.zhanhua,
      DISTRICT.kenli,
      DISTRICT.gaoqing,
      DISTRICT.ningyang,
      DISTRICT.gaotang,
    ],
    projectCodes: ['SVC-PROVINCE-WIDE-191'],
    summaryZh:
      '济南济阳区、德州德城区、滨州沾化区、东营垦利区、高青县、宁阳县、高唐县行政审批服务局签订政务服务“全省通办”合作协议,围绕社保、医疗、教育等高频民生领域191项“全省通办”事项开展服务。',
    summaryEn:
      'The administrative approval service bureaus of Jiyang, Decheng, Zhanhua, Kenli, Gaoqing, Ningyang and Gaotang agreed to provide 191 province-wide service items in high-demand fields such as social insurance, medical care and education.',
    sourceQuote:
      '现在,济南济阳区、德州德城区、滨州沾化区、东营垦利区、高青县、宁阳县、高唐县行政审批服务局签定政务服务全省通办协作协议,环绕社保、医疗、教育等高频民生范畴191项全省通办事项展开服务。',
  },
  {
    code: 'AGR-2021-PUBLIC-SERVICE-MECHANISMS',
    type: 'mechanism',
    signedOn: '2021',
    nameZh: '公共服务重点领域合作机制',
    nameEn: 'Cooperation mechanisms in key public-service fields',
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    projectCodes: [],
    summaryZh:
      '在市场监管、药品采购、医疗急救、法治合作、行政执法、就业创业等重点领域建立合作机制,逐步消除基本公共服务供给差异。此条记录汇总了这些机制。',
    summaryEn:
      'Cooperation mechanisms were set up in market supervision, drug procurement, emergency medical care, rule of law, administrative law enforcement, employment and entrepreneurship, to narrow gaps in basic public services. This record covers all of these mechanisms.',
    sourceQuote:
      '市场监管、药品采购、医疗急救、法治协作、行政法律、工作创业等要点范畴建立协作机制,逐渐消除基本公共服务供应不同。',
  },
];
