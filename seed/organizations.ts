import type { SeedOrganization } from './types';
import { ALL_CITY_CODES, CITY } from './cities';
import { EVENT } from './events';

const INDUSTRY_ALLIANCES = '省会经济圈区块链工业创新展开联盟、“1+6”中医药一体化展开联盟、体育工业协作联盟相继建立;';
const CULTURE_ALLIANCES = '省会经济圈文旅推广联盟、山东省步行街联盟正式建立。';
const LOUNGES = '省会经济圈文旅会客厅在西客站、形象济南、融创文旅城设立。';
const PUBLIC_SERVICE_ALLIANCES = '在公共服务便当同享方面,省会经济圈院前医疗急救一体化展开联盟、反走私联盟相继建立。';

// The culture and tourism lounges are places, so they are kept as 'venue' organizations
// rather than as projects: nothing is being built, a lounge is set up and run.
const lounge = (code: string, siteZh: string, siteEn: string): SeedOrganization => ({
  code,
  kind: 'venue',
  foundedOn: '2021',
  cityCodes: [CITY.jinan],
  nameZh: `省会经济圈文旅会客厅(${siteZh})`,
  nameEn: `Circle culture and tourism lounge (${siteEn})`,
  summaryZh: `省会经济圈文旅会客厅在${siteZh}设立。`,
  summaryEn: `A culture and tourism lounge of the circle has been set up at ${siteEn} in Jinan.`,
  sourceQuote: LOUNGES,
});

export const seedOrganizations: SeedOrganization[] = [
  {
    code: 'ORG-JOINT-MEETING-OFFICE',
    kind: 'office',
    cityCodes: ALL_CITY_CODES,
    nameZh: '省会经济圈一体化发展联席会议办公室',
    nameEn: 'Office of the joint meeting on integrated development of the provincial-capital economic circle',
    summaryZh:
      '济南市发展和改革委员会履行省会经济圈一体化发展联席会议办公室职能,完善工作机制,细化推进路径,策划推进实施一系列重大活动、重要事项、重点项目。',
    summaryEn:
      "The Jinan Development and Reform Commission acts as the office of the seven cities' joint meeting: it refines the working mechanism and plans and drives the circle's major events, key matters and priority projects.",
    sourceQuote:
      '省会经济圈建造成效显著的背面,是济南市展开和改革委员会充沛履行省会经济圈一体化展开联席会议办公室功能,不断完善作业机制,持续细化推进途径,策划推进施行了一系列重大活动、重要事项、要点项目。',
  },
  {
    code: 'ORG-BLOCKCHAIN-ALLIANCE',
    kind: 'alliance',
    foundedOn: '2021',
    cityCodes: ALL_CITY_CODES,
    nameZh: '省会经济圈区块链产业创新发展联盟',
    nameEn: 'Circle blockchain industry innovation and development alliance',
    summaryZh: '省会经济圈区块链产业创新发展联盟成立。',
    summaryEn: 'An alliance for blockchain industry innovation in the circle has been set up.',
    sourceQuote: INDUSTRY_ALLIANCES,
  },
  {
    code: 'ORG-TCM-1-PLUS-6-ALLIANCE',
    kind: 'alliance',
    foundedOn: '2021',
    cityCodes: ALL_CITY_CODES,
    nameZh: '“1+6”中医药一体化发展联盟',
    nameEn: '"1+6" traditional Chinese medicine integrated development alliance',
    summaryZh: '“1+6”中医药一体化发展联盟成立。',
    summaryEn:
      'A "1+6" alliance of Jinan and the six other cities for integrated development of traditional Chinese medicine has been set up.',
    sourceQuote: INDUSTRY_ALLIANCES,
  },
  {
    code: 'ORG-SPORTS-INDUSTRY-ALLIANCE',
    kind: 'alliance',
    foundedOn: '2021',
    cityCodes: ALL_CITY_CODES,
    nameZh: '体育产业合作联盟',
    nameEn: 'Sports industry cooperation alliance',
    summaryZh: '省会经济圈体育产业合作联盟成立。',
    summaryEn: 'A sports industry cooperation alliance of the circle has been set up.',
    sourceQuote: INDUSTRY_ALLIANCES,
  },
  {
    code: 'ORG-QFLP-FUND',
    kind: 'fund',
    foundedOn: '2021',
    cityCodes: [CITY.jinan],
    nameZh: '中企国云星生(济南)股权投资合伙企业(有限合伙)',
    nameEn: 'Zhongqi Guoyun Xingsheng (Jinan) Equity Investment Partnership (LP)',
    summaryZh: '省会经济圈首家合格境外有限合伙人(QFLP)基金,在济南高新区注册登记。',
    summaryEn:
      "The circle's first Qualified Foreign Limited Partner (QFLP) fund, registered in the Jinan High-tech Zone.",
    sourceQuote:
      '省会经济圈首家合格境外有限合伙人(QFLP)基金—中企国云星生(济南)股权出资合伙企业(有限合伙)在济南高新区注册挂号。',
  },
  {
    code: 'ORG-CULTURE-TOURISM-ALLIANCE',
    kind: 'alliance',
    foundedOn: '2021',
    cityCodes: ALL_CITY_CODES,
    nameZh: '省会经济圈文旅推广联盟',
    nameEn: 'Circle culture and tourism promotion alliance',
    summaryZh: '省会经济圈文旅推广联盟正式成立。',
    summaryEn: 'An alliance to promote culture and tourism in the circle has been formally set up.',
    sourceQuote: CULTURE_ALLIANCES,
  },
  {
    code: 'ORG-PEDESTRIAN-STREET-ALLIANCE',
    kind: 'alliance',
    foundedOn: '2021',
    cityCodes: ALL_CITY_CODES,
    nameZh: '山东省步行街联盟',
    nameEn: 'Shandong pedestrian street alliance',
    summaryZh: '山东省步行街联盟正式成立。',
    summaryEn:
      "A Shandong-wide alliance of pedestrian shopping streets has been formally set up; the article reports it among the circle's culture and tourism work.",
    sourceQuote: CULTURE_ALLIANCES,
  },
  lounge('ORG-LOUNGE-WEST-STATION', '西客站', 'Jinan West Railway Station'),
  lounge('ORG-LOUNGE-IMPRESSION-JINAN', '印象济南', 'Impression Jinan'),
  lounge('ORG-LOUNGE-SUNAC-CULTURE-TOURISM-CITY', '融创文旅城', 'Sunac Culture and Tourism City'),
  {
    code: 'ORG-STUDY-TOUR-ASSOCIATION',
    kind: 'association',
    foundedOn: '2021',
    eventCode: EVENT.studyTourSymposium,
    cityCodes: ALL_CITY_CODES,
    nameZh: '省会经济圈研学旅游促进会',
    nameEn: 'Circle study-tour promotion association',
    summaryZh: '省会经济圈研学旅游促进会成立,发布第一批10条研学旅游线路和21个研学旅游目的地。',
    summaryEn:
      "The circle's study-tour promotion association was set up alongside the study-tour symposium and published the first 10 study-tour routes and 21 destinations.",
    sourceQuote:
      '省会经济圈暨沿黄9市研学游览座谈会举办,省会经济圈研学游览促进会建立,发布第一批10条研学游览线路和21个研学游览目的地。',
  },
  {
    code: 'ORG-CULTURAL-CREATIVE-COMMITTEE',
    kind: 'committee',
    foundedOn: '2021',
    eventCode: EVENT.culturalCreative,
    cityCodes: ALL_CITY_CODES,
    nameZh: '山东省会经济圈文创发展工作委员会',
    nameEn: 'Shandong provincial-capital economic circle cultural and creative development working committee',
    summaryZh: '山东省会经济圈文化创意项目推进会举办,山东省会经济圈文创发展工作委员会正式揭牌成立。',
    summaryEn:
      "The circle's working committee for cultural and creative development was formally inaugurated at the cultural and creative projects promotion meeting.",
    sourceQuote: '山东省会经济圈文明创意项目推进会举办,山东省会经济圈文创展开作业委员会正式揭牌建立。',
  },
  {
    code: 'ORG-PREHOSPITAL-EMERGENCY-ALLIANCE',
    kind: 'alliance',
    foundedOn: '2021',
    cityCodes: ALL_CITY_CODES,
    nameZh: '省会经济圈院前医疗急救一体化发展联盟',
    nameEn: 'Circle pre-hospital emergency medical care integration alliance',
    summaryZh: '省会经济圈院前医疗急救一体化发展联盟成立。',
    summaryEn: 'An alliance to integrate pre-hospital emergency medical care across the circle has been set up.',
    sourceQuote: PUBLIC_SERVICE_ALLIANCES,
  },
  {
    code: 'ORG-ANTI-SMUGGLING-ALLIANCE',
    kind: 'alliance',
    foundedOn: '2021',
    cityCodes: ALL_CITY_CODES,
    nameZh: '省会经济圈反走私联盟',
    nameEn: 'Circle anti-smuggling alliance',
    summaryZh: '省会经济圈反走私联盟成立。',
    summaryEn: 'An anti-smuggling alliance of the circle has been set up.',
    sourceQuote: PUBLIC_SERVICE_ALLIANCES,
  },
];
