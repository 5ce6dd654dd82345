import type { SeedProject } from './types';
import { ALL_CITY_CODES, CITY } from './cities';
import { DISTRICT } from './districts';

// Source sentences and clauses, verbatim as printed (the reprint's garbled words included).
const HOUSING_FUND = '11月底前,公积金异地贷款按月委托提取业务圈内全掩盖';
const GOV_SERVICES =
  '现在,济南济阳区、德州德城区、滨州沾化区、东营垦利区、高青县、宁阳县、高唐县行政审批服务局签定政务服务全省通办协作协议,环绕社保、医疗、教育等高频民生范畴191项全省通办事项展开服务。';
const TOURISM_ROUTES = '济南钢城区、新泰市、沂源县联合推出温泉游、乡村游、生态参观游等精品游览线路,打造区域游览品牌。';
const ECO_CENTRE_TAISHAN =
  '现在,济南市生态环境数据资源中心基本建成,济南联合泰安、淄博等市协同维护大泰山,打造省会经济圈“绿肺”。';
const YELLOW_RIVER =
  '举办全省一体打造黄河流域生态廊道暨生态维护要点项目开工活动,推进济西国家湿地公园和齐河黄河水乡国家湿地公园一体打造,建造黄河下流绿色生态走廊。';
const BUSINESS_STARTUP = '完成圈内企业开办全域通办。';
const SOCIAL_INSURANCE = '社会保险个人网上服务专区启用,参保缴费证明查询打印等6项社保业务同城化办理。';
const MEDICAL_SETTLEMENT = '省会经济圈7市完成异地就医住院费用直接结算和门诊费用异地联网结算。';

const underway = { stage: 'implementation', health: 'on_track', progress: null } as const;
// A service that is live is in operation, the OC4IDS 'maintenance' stage.
const live = { stage: 'maintenance', health: 'on_track', progress: 100 } as const;

const ecology: SeedProject[] = [
  {
    code: 'ECO-JINAN-DATA-CENTRE',
    nameZh: '济南市生态环境数据资源中心',
    nameEn: 'Jinan Ecological Environment Data Resource Centre',
    category: 'ecology',
    ...underway,
    cityCodes: [CITY.jinan],
    districtCodes: [],
    geometry: null,
    descriptionZh: '济南市生态环境数据资源中心基本建成。',
    descriptionEn:
      'The Jinan ecological environment data resource centre is basically built. "Basically built" is not clearly finished, so it is shown as underway.',
    sourceQuote: ECO_CENTRE_TAISHAN,
  },
  {
    code: 'ECO-GREATER-TAISHAN',
    nameZh: '大泰山协同保护',
    nameEn: 'Joint protection of the Greater Mount Tai area',
    category: 'ecology',
    ...underway,
    cityCodes: [CITY.jinan, CITY.taian, CITY.zibo],
    districtCodes: [],
    geometry: { type: 'Point', coordinates: [117.1, 36.26] },
    descriptionZh: '济南联合泰安、淄博等市协同保护大泰山,打造省会经济圈“绿肺”。',
    descriptionEn:
      'Jinan is working with Tai\'an, Zibo and other cities to protect the greater Mount Tai area as the "green lung" of the circle.',
    sourceQuote: ECO_CENTRE_TAISHAN,
  },
  {
    code: 'ECO-JIXI-QIHE-WETLANDS',
    nameZh: '济西国家湿地公园和齐河黄河水乡国家湿地公园一体打造',
    nameEn: 'Integrated development of the Jixi and Qihe Yellow River Water Town national wetland parks',
    category: 'ecology',
    ...underway,
    cityCodes: [CITY.jinan, CITY.dezhou],
    districtCodes: [DISTRICT.qihe],
    geometry: {
      type: 'LineString',
      coordinates: [
        [116.83, 36.64],
        [116.7, 36.72],
      ],
    },
    descriptionZh: '推进济西国家湿地公园和齐河黄河水乡国家湿地公园一体打造。',
    descriptionEn:
      'The Jixi National Wetland Park in Jinan and the Qihe Yellow River Water Town National Wetland Park in Dezhou are being developed as one; the map line joins the two parks across the river.',
    sourceQuote: YELLOW_RIVER,
  },
  {
    code: 'ECO-LOWER-YELLOW-RIVER-CORRIDOR',
    nameZh: '黄河下游绿色生态走廊',
    nameEn: 'Lower Yellow River green ecological corridor',
    category: 'ecology',
    ...underway,
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    geometry: {
      type: 'LineString',
      coordinates: [
        [116.2, 35.95],
        [116.45, 36.28],
        [116.7, 36.55],
        [117.0, 36.72],
        [117.25, 36.93],
        [117.8, 37.12],
        [118.0, 37.35],
        [118.25, 37.5],
        [118.55, 37.58],
        [119.2, 37.77],
      ],
    },
    descriptionZh: '全省一体打造黄河流域生态廊道,建设黄河下游绿色生态走廊。',
    descriptionEn:
      'The province is building a Yellow River ecological corridor as one project; in the circle this is the green ecological corridor along the lower Yellow River, which flows through all seven cities.',
    sourceQuote: YELLOW_RIVER,
  },
];

const services: SeedProject[] = [
  {
    code: 'SVC-HOUSING-FUND-WITHDRAWAL',
    nameZh: '公积金异地贷款按月委托提取',
    nameEn: 'Monthly delegated housing provident fund withdrawal for loans taken in another city',
    category: 'services',
    ...live,
    actualEnd: '2021-11',
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    geometry: null,
    descriptionZh: '2021年11月底前,公积金异地贷款按月委托提取业务在圈内全覆盖。',
    descriptionEn:
      'By the end of November 2021, monthly delegated withdrawal of housing provident fund to repay a loan taken in another city covered the whole circle.',
    sourceQuote: HOUSING_FUND,
  },
  {
    code: 'SVC-PROVINCE-WIDE-191',
    nameZh: '政务服务“全省通办”事项',
    nameEn: 'Province-wide government service items',
    category: 'services',
    ...live,
    actualStart: '2021',
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
    geometry: null,
    descriptionZh:
      '济阳区、德城区、沾化区、垦利区、高青县、宁阳县、高唐县行政审批服务局围绕社保、医疗、教育等高频民生领域191项“全省通办”事项开展服务。',
    descriptionEn:
      'The administrative approval service bureaus of seven neighbouring districts and counties provide 191 province-wide service items in high-demand areas such as social insurance, medical care and education.',
    sourceQuote: GOV_SERVICES,
  },
  {
    code: 'SVC-BUSINESS-STARTUP',
    nameZh: '企业开办全域通办',
    nameEn: 'Circle-wide business registration',
    category: 'services',
    ...live,
    actualEnd: '2021',
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    geometry: null,
    descriptionZh: '圈内实现企业开办全域通办。',
    descriptionEn: 'A company can now be registered anywhere in the circle, whichever city it is based in.',
    sourceQuote: BUSINESS_STARTUP,
  },
  {
    code: 'SVC-SOCIAL-INSURANCE-ONLINE-ZONE',
    nameZh: '社会保险个人网上服务专区',
    nameEn: 'Social insurance personal online service zone',
    category: 'services',
    ...live,
    actualStart: '2021',
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    geometry: null,
    descriptionZh: '社会保险个人网上服务专区启用。',
    descriptionEn: 'An online service zone for individual social insurance matters has been put into use.',
    sourceQuote: SOCIAL_INSURANCE,
  },
  {
    code: 'SVC-SOCIAL-INSURANCE-SAME-CITY',
    nameZh: '社保业务同城化办理',
    nameEn: 'Same-city handling of social insurance services',
    category: 'services',
    ...live,
    actualStart: '2021',
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    geometry: null,
    descriptionZh: '参保缴费证明查询打印等6项社保业务同城化办理。',
    descriptionEn:
      'Six social insurance services, such as looking up and printing proof of contributions, are handled across the circle as if in one city.',
    sourceQuote: SOCIAL_INSURANCE,
  },
  {
    code: 'SVC-CROSS-CITY-MEDICAL-SETTLEMENT',
    nameZh: '异地就医费用直接结算',
    nameEn: 'Direct settlement of medical costs in another city',
    category: 'services',
    ...live,
    actualEnd: '2021',
    cityCodes: ALL_CITY_CODES,
    districtCodes: [],
    geometry: null,
    descriptionZh: '省会经济圈7市实现异地就医住院费用直接结算和门诊费用异地联网结算。',
    descriptionEn:
      'All seven cities settle inpatient costs directly and outpatient costs through a linked network when a patient is treated in another city.',
    sourceQuote: MEDICAL_SETTLEMENT,
  },
];

const culture: SeedProject[] = [
  {
    code: 'CUL-GANGCHENG-XINTAI-YIYUAN-ROUTES',
    nameZh: '钢城区、新泰市、沂源县精品旅游线路',
    nameEn: 'Gangcheng–Xintai–Yiyuan boutique tourism routes',
    category: 'culture',
    ...live,
    actualStart: '2021',
    cityCodes: [CITY.jinan, CITY.taian, CITY.zibo],
    districtCodes: [DISTRICT.gangcheng, DISTRICT.xintai, DISTRICT.yiyuan],
    geometry: null,
    descriptionZh: '济南钢城区、新泰市、沂源县联合推出温泉游、乡村游、生态观光游等精品旅游线路,打造区域旅游品牌。',
    descriptionEn:
      "Gangcheng (Jinan), Xintai (Tai'an) and Yiyuan (Zibo) have jointly launched hot-spring, rural and eco-sightseeing tourism routes to build a regional tourism brand.",
    sourceQuote: TOURISM_ROUTES,
  },
];

export const seedOtherProjects: SeedProject[] = [...ecology, ...services, ...culture];
