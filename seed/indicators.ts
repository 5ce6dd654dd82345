import type { SeedIndicator } from './types';

const INDUSTRY =
  '截至现在,省会经济圈7市扶植壮大“十强工业”雁阵集群38个、领军企业58个,培育打造山东省特色工业集群28个,工业辐射带动作用日益明显。';
const STUDY_TOURS =
  '省会经济圈暨沿黄9市研学游览座谈会举办,省会经济圈研学游览促进会建立,发布第一批10条研学游览线路和21个研学游览目的地。';

// "截至现在" and "现在" mean the article's date, 2021-12-01, so those figures are as of 2021-12.
// No indicator names a city: each counts the whole circle.
export const seedIndicators: SeedIndicator[] = [
  {
    code: 'IND-CIRCLE-CITIES',
    nameZh: '省会经济圈城市',
    nameEn: 'Cities in the provincial-capital economic circle',
    value: 7,
    unitZh: '市',
    unitEn: 'cities',
    asOf: '2021',
    sourceQuote:
      '今年以来,济南市会同淄博、泰安、聊城、德州、滨州、东营6市全面贯彻落实省委、省政府区域协调展开战略部署,全力推进省会经济圈一体化展开在“十四五”时期开好局、起好步。',
  },
  {
    code: 'IND-JOINT-MEETING-2-AGREEMENTS',
    nameZh: '第2次联席会议签署合作协议',
    nameEn: 'Cooperation agreements signed at the second joint meeting',
    value: 4,
    unitZh: '个',
    unitEn: 'agreements',
    asOf: '2021-02-06',
    sourceQuote:
      '今年2月6日,济南市安排举办第2次联席会议,审议经过“369”行动计划,签署交通一体化协同推进、民生事项共建同享、出资促进携手联动、投融资平台共建同享等4个协作协议。',
  },
  {
    code: 'IND-TEN-INDUSTRY-CLUSTERS',
    nameZh: '“十强产业”雁阵形集群',
    nameEn: '"Ten strong industries" flying-geese clusters',
    value: 38,
    unitZh: '个',
    unitEn: 'clusters',
    asOf: '2021-12',
    sourceQuote: INDUSTRY,
  },
  {
    code: 'IND-LEADING-ENTERPRISES',
    nameZh: '“十强产业”领军企业',
    nameEn: 'Leading enterprises of the "ten strong industries"',
    value: 58,
    unitZh: '个',
    unitEn: 'enterprises',
    asOf: '2021-12',
    sourceQuote: INDUSTRY,
  },
  {
    code: 'IND-SHANDONG-FEATURED-CLUSTERS',
    nameZh: '山东省特色产业集群',
    nameEn: 'Shandong featured industrial clusters',
    value: 28,
    unitZh: '个',
    unitEn: 'clusters',
    asOf: '2021-12',
    sourceQuote: INDUSTRY,
  },
  {
    code: 'IND-PROVINCE-WIDE-SERVICE-ITEMS',
    nameZh: '政务服务“全省通办”事项',
    nameEn: 'Province-wide government service items',
    value: 191,
    unitZh: '项',
    unitEn: 'items',
    asOf: '2021-12',
    sourceQuote:
      '现在,济南济阳区、德州德城区、滨州沾化区、东营垦利区、高青县、宁阳县、高唐县行政审批服务局签定政务服务全省通办协作协议,环绕社保、医疗、教育等高频民生范畴191项全省通办事项展开服务。',
  },
  {
    code: 'IND-SOCIAL-INSURANCE-SAME-CITY-SERVICES',
    nameZh: '同城化办理的社保业务',
    nameEn: 'Social insurance services handled as in one city',
    value: 6,
    unitZh: '项',
    unitEn: 'services',
    asOf: '2021',
    sourceQuote: '社会保险个人网上服务专区启用,参保缴费证明查询打印等6项社保业务同城化办理。',
  },
  {
    code: 'IND-STUDY-TOUR-ROUTES',
    nameZh: '第一批研学旅游线路',
    nameEn: 'First batch of study-tour routes',
    value: 10,
    unitZh: '条',
    unitEn: 'routes',
    asOf: '2021',
    sourceQuote: STUDY_TOURS,
  },
  {
    code: 'IND-STUDY-TOUR-DESTINATIONS',
    nameZh: '第一批研学旅游目的地',
    nameEn: 'First batch of study-tour destinations',
    value: 21,
    unitZh: '个',
    unitEn: 'destinations',
    asOf: '2021',
    sourceQuote: STUDY_TOURS,
  },
];
