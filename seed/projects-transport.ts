import type { SeedProject } from './types';
import { ALL_CITY_CODES, CITY } from './cities';
import { DISTRICT } from './districts';

// Source clauses, verbatim as printed (the reprint's garbled words included).
const GREEN_GIANT = '11月12日起,山东省内始发的“绿巨人”动车组在京九、蓝烟、龙烟、新兖、兖石、邯济等普速铁路运行,辐射省会、胶东、鲁南三大经济圈;';
const RAIL = '轨道交通网方面,济郑高铁、济莱高铁、黄台联络线加速建造,胶济铁路至济青高铁联络线黄台站改造完结,济南至淄博轨道交通开始计划编制完结;';
const ROAD = '公路网方面,济南黄河济泺路地道、京台高速德州至齐河段改扩建项目建成通车,京台高速改扩建、济南大北环、S103游览公路济南段开工建造,沾化至临淄、济南至潍坊高速公路、济高高速加速建造,省会经济圈内除高速公路外政府还贷的国省道收费站悉数撤销,跨行政区道路不合法设置限高、限宽等路障设施全面取缔。';
const PORT = '贯通黄金水运网,小清河济南港、淄博港、滨州内河港、东营内河港加速建造,东营港、滨州港、广利港高标准改造提高。';
const AIR = '打造区域机场群,济南遥墙世界机场二期改扩建、东营成功机场提高改造工程加速施行,滨州大高机场日益完善,商河通用机场试飞成功。';

// The article reports no problems, so every project is on track; it gives no percentages,
// so progress is 100 only for finished work and null otherwise.
const underway = { stage: 'implementation', health: 'on_track', progress: null } as const;
const done = { stage: 'completion', health: 'on_track', progress: 100 } as const;

const rail: SeedProject[] = [
  {
    code: 'RAIL-GREEN-GIANT-EMU', nameZh: '“绿巨人”动车组普速铁路开行', nameEn: 'Green Giant (CR200J) EMU services on conventional lines',
    category: 'rail', stage: 'maintenance', health: 'on_track', progress: 100, actualStart: '2021-11-12',
    cityCodes: [CITY.jinan, CITY.liaocheng], districtCodes: [],
    geometry: { type: 'LineString', coordinates: [[115.44, 36.48], [115.985, 36.457], [116.255, 36.58], [116.89, 36.67]] },
    descriptionZh: '自2021年11月12日起,山东省内始发的“绿巨人”动车组在京九、蓝烟、龙烟、新兖、兖石、邯济等普速铁路运行,辐射省会、胶东、鲁南三大经济圈。',
    descriptionEn: 'Since 12 November 2021, Green Giant EMU trains starting in Shandong have run on the Beijing–Kowloon, Lancun–Yantai, Longkou–Yantai, Xinxiang–Yanzhou, Yanzhou–Shijiusuo and Handan–Jinan conventional lines, serving the provincial-capital, Jiaodong and southern Shandong economic circles. Shown as in operation; the map line follows the Handan–Jinan line, the listed line that links circle cities.',
    sourceQuote: GREEN_GIANT,
  },
  {
    code: 'RAIL-JINAN-ZHENGZHOU-HSR', nameZh: '济郑高铁', nameEn: 'Jinan–Zhengzhou High-Speed Railway',
    category: 'rail', ...underway, cityCodes: [CITY.jinan, CITY.liaocheng], districtCodes: [],
    geometry: { type: 'LineString', coordinates: [[116.89, 36.67], [116.6, 36.55], [116.25, 36.56], [115.93, 36.44], [115.67, 36.23]] },
    descriptionZh: '济郑高铁加快建设。',
    descriptionEn: 'Construction of the Jinan–Zhengzhou High-Speed Railway is being accelerated.',
    sourceQuote: RAIL,
  },
  {
    code: 'RAIL-JINAN-LAIWU-HSR', nameZh: '济莱高铁', nameEn: 'Jinan–Laiwu High-Speed Railway',
    category: 'rail', ...underway, cityCodes: [CITY.jinan], districtCodes: [DISTRICT.laiwu],
    geometry: { type: 'LineString', coordinates: [[117.18, 36.72], [117.4, 36.48], [117.68, 36.26]] },
    descriptionZh: '济莱高铁加快建设。',
    descriptionEn: 'Construction of the Jinan–Laiwu High-Speed Railway is being accelerated; Laiwu is a district of Jinan.',
    sourceQuote: RAIL,
  },
  {
    code: 'RAIL-HUANGTAI-CONNECTING-LINE', nameZh: '黄台联络线', nameEn: 'Huangtai connecting line',
    category: 'rail', ...underway, cityCodes: [CITY.jinan], districtCodes: [],
    geometry: { type: 'LineString', coordinates: [[117.06, 36.69], [117.18, 36.74]] },
    descriptionZh: '黄台联络线加快建设。',
    descriptionEn: 'Construction of the Huangtai connecting line in the Jinan rail hub is being accelerated.',
    sourceQuote: RAIL,
  },
  {
    code: 'RAIL-HUANGTAI-STATION-RECONSTRUCTION', nameZh: '胶济铁路至济青高铁联络线黄台站改造',
    nameEn: 'Huangtai Station reconstruction for the Jiaozhou–Jinan Railway to Jinan–Qingdao HSR connecting line',
    category: 'rail', ...done, actualEnd: '2021', cityCodes: [CITY.jinan], districtCodes: [],
    geometry: { type: 'Point', coordinates: [117.06, 36.69] },
    descriptionZh: '胶济铁路至济青高铁联络线黄台站改造完成。',
    descriptionEn: 'The reconstruction of Huangtai Station for the line connecting the Jiaozhou–Jinan Railway with the Jinan–Qingdao High-Speed Railway has been completed.',
    sourceQuote: RAIL,
  },
  {
    code: 'RAIL-JINAN-ZIBO-TRANSIT', nameZh: '济南至淄博轨道交通', nameEn: 'Jinan–Zibo rail transit',
    category: 'rail', stage: 'preparation', health: 'on_track', progress: null,
    cityCodes: [CITY.jinan, CITY.zibo], districtCodes: [],
    geometry: { type: 'LineString', coordinates: [[117.0, 36.67], [117.54, 36.71], [118.05, 36.8]] },
    descriptionZh: '济南至淄博轨道交通初步规划编制完成。',
    descriptionEn: 'The preliminary plan for rail transit between Jinan and Zibo has been drawn up; the project itself is still in preparation.',
    sourceQuote: RAIL,
  },
];

const road: SeedProject[] = [
  {
    code: 'ROAD-JILUO-YELLOW-RIVER-TUNNEL', nameZh: '济南黄河济泺路隧道', nameEn: 'Jiluo Road Yellow River Tunnel',
    category: 'road', ...done, actualEnd: '2021', cityCodes: [CITY.jinan], districtCodes: [],
    geometry: { type: 'Point', coordinates: [116.995, 36.705] },
    descriptionZh: '济南黄河济泺路隧道建成通车。',
    descriptionEn: 'The Jiluo Road tunnel under the Yellow River in Jinan has been completed and opened to traffic.',
    sourceQuote: ROAD,
  },
  {
    code: 'ROAD-G3-DEZHOU-QIHE-EXPANSION', nameZh: '京台高速德州至齐河段改扩建',
    nameEn: 'Beijing–Taipei Expressway (G3) Dezhou–Qihe section reconstruction and expansion',
    category: 'road', ...done, actualEnd: '2021', cityCodes: [CITY.dezhou], districtCodes: [DISTRICT.qihe],
    geometry: { type: 'LineString', coordinates: [[116.33, 37.45], [116.42, 37.17], [116.64, 36.94], [116.76, 36.79]] },
    descriptionZh: '京台高速德州至齐河段改扩建项目建成通车。',
    descriptionEn: 'The reconstruction and expansion of the Dezhou–Qihe section of the Beijing–Taipei Expressway has been completed and opened to traffic.',
    sourceQuote: ROAD,
  },
  {
    code: 'ROAD-G3-EXPANSION', nameZh: '京台高速改扩建', nameEn: 'Beijing–Taipei Expressway (G3) reconstruction and expansion',
    category: 'road', ...underway, actualStart: '2021', cityCodes: [CITY.jinan, CITY.taian], districtCodes: [],
    geometry: { type: 'LineString', coordinates: [[116.99, 36.6], [117.05, 36.4], [117.1, 36.18]] },
    descriptionZh: '京台高速改扩建开工建设。',
    descriptionEn: 'Construction has started on the reconstruction and expansion of the Beijing–Taipei Expressway. The article does not name the section; cities and map line assume the Jinan–Tai\'an section, the one started in the circle in 2021.',
    sourceQuote: ROAD,
  },
  {
    code: 'ROAD-JINAN-GREAT-NORTH-RING', nameZh: '济南大北环', nameEn: 'Jinan Great North Ring Expressway',
    category: 'road', ...underway, actualStart: '2021', cityCodes: [CITY.jinan, CITY.dezhou], districtCodes: [],
    geometry: { type: 'LineString', coordinates: [[117.53, 36.93], [117.17, 37.0], [116.87, 37.05], [116.62, 36.97]] },
    descriptionZh: '济南大北环(济南绕城高速公路二环线北环段)开工建设。',
    descriptionEn: 'Construction has started on the Jinan Great North Ring Expressway, the northern section of the Jinan second ring expressway, which runs west from Jinan into Dezhou to meet the G3.',
    sourceQuote: ROAD,
  },
  {
    code: 'ROAD-S103-TOURISM-HIGHWAY-JINAN', nameZh: 'S103旅游公路济南段', nameEn: 'S103 Tourism Highway, Jinan section',
    category: 'road', ...underway, actualStart: '2021', cityCodes: [CITY.jinan], districtCodes: [],
    geometry: { type: 'LineString', coordinates: [[117.0, 36.6], [117.05, 36.48], [117.13, 36.38], [117.16, 36.32]] },
    descriptionZh: 'S103旅游公路济南段开工建设。',
    descriptionEn: 'Construction has started on the Jinan section of the S103 tourism highway, which runs south from the city towards Tai\'an.',
    sourceQuote: ROAD,
  },
  {
    code: 'ROAD-ZHANHUA-LINZI-EXPRESSWAY', nameZh: '沾化至临淄高速公路', nameEn: 'Zhanhua–Linzi Expressway',
    category: 'road', ...underway, cityCodes: [CITY.binzhou, CITY.zibo], districtCodes: [DISTRICT.zhanhua, DISTRICT.linzi],
    geometry: { type: 'LineString', coordinates: [[118.12, 37.7], [118.02, 37.38], [118.13, 37.15], [118.1, 36.96], [118.3, 36.83]] },
    descriptionZh: '沾化至临淄高速公路加快建设。',
    descriptionEn: 'Construction of the expressway from Zhanhua (Binzhou) to Linzi (Zibo) is being accelerated.',
    sourceQuote: ROAD,
  },
  {
    code: 'ROAD-JINAN-WEIFANG-EXPRESSWAY', nameZh: '济南至潍坊高速公路', nameEn: 'Jinan–Weifang Expressway',
    category: 'road', ...underway, cityCodes: [CITY.jinan, CITY.zibo], districtCodes: [],
    geometry: { type: 'LineString', coordinates: [[117.3, 36.72], [117.7, 36.85], [118.1, 36.93], [118.6, 36.88], [119.1, 36.72]] },
    descriptionZh: '济南至潍坊高速公路加快建设。',
    descriptionEn: 'Construction of the Jinan–Weifang Expressway is being accelerated; it runs through Jinan and Zibo to Weifang, which is outside the circle.',
    sourceQuote: ROAD,
  },
  {
    code: 'ROAD-JINAN-GAOQING-EXPRESSWAY', nameZh: '济高高速', nameEn: 'Jinan–Gaoqing Expressway',
    category: 'road', ...underway, cityCodes: [CITY.jinan, CITY.zibo], districtCodes: [DISTRICT.gaoqing],
    geometry: { type: 'LineString', coordinates: [[117.22, 36.86], [117.25, 37.0], [117.55, 37.1], [117.83, 37.17]] },
    descriptionZh: '济南至高青高速公路加快建设。',
    descriptionEn: 'Construction of the expressway from Jinan to Gaoqing County (Zibo) is being accelerated.',
    sourceQuote: ROAD,
  },
  {
    code: 'ROAD-TOLL-STATION-REMOVAL', nameZh: '政府还贷国省道收费站撤销',
    nameEn: 'Removal of government-loan toll stations on national and provincial highways',
    category: 'road', ...done, actualEnd: '2021', cityCodes: ALL_CITY_CODES, districtCodes: [], geometry: null,
    descriptionZh: '省会经济圈内除高速公路外政府还贷的国省道收费站全部撤销。',
    descriptionEn: 'All government-loan toll stations on national and provincial highways in the circle, other than on expressways, have been removed.',
    sourceQuote: ROAD,
  },
  {
    code: 'ROAD-ROADBLOCK-REMOVAL', nameZh: '跨行政区道路违规路障设施取缔',
    nameEn: 'Removal of improper height and width barriers on cross-boundary roads',
    category: 'road', ...done, actualEnd: '2021', cityCodes: ALL_CITY_CODES, districtCodes: [], geometry: null,
    descriptionZh: '跨行政区道路违规设置的限高、限宽等路障设施全面取缔。',
    descriptionEn: 'Height limits, width limits and other barriers improperly set up on roads crossing administrative boundaries have been removed across the circle.',
    sourceQuote: ROAD,
  },
];

const ports: SeedProject[] = [
  {
    code: 'PORT-XIAOQING-JINAN', nameZh: '小清河济南港', nameEn: 'Jinan Port (Xiaoqing River)',
    category: 'port', ...underway, cityCodes: [CITY.jinan], districtCodes: [],
    geometry: { type: 'Point', coordinates: [117.23, 36.79] },
    descriptionZh: '小清河济南港加快建设。', descriptionEn: 'Construction of Jinan Port on the Xiaoqing River is being accelerated.',
    sourceQuote: PORT,
  },
  {
    code: 'PORT-XIAOQING-ZIBO', nameZh: '小清河淄博港', nameEn: 'Zibo Port (Xiaoqing River)',
    category: 'port', ...underway, cityCodes: [CITY.zibo], districtCodes: [],
    geometry: { type: 'Point', coordinates: [117.95, 37.05] },
    descriptionZh: '小清河淄博港加快建设。', descriptionEn: 'Construction of Zibo Port on the Xiaoqing River is being accelerated.',
    sourceQuote: PORT,
  },
  {
    code: 'PORT-XIAOQING-BINZHOU', nameZh: '小清河滨州内河港', nameEn: 'Binzhou inland port (Xiaoqing River)',
    category: 'port', ...underway, cityCodes: [CITY.binzhou], districtCodes: [],
    geometry: { type: 'Point', coordinates: [118.2, 37.08] },
    descriptionZh: '小清河滨州内河港加快建设。', descriptionEn: 'Construction of the Binzhou inland port on the Xiaoqing River is being accelerated.',
    sourceQuote: PORT,
  },
  {
    code: 'PORT-XIAOQING-DONGYING', nameZh: '小清河东营内河港', nameEn: 'Dongying inland port (Xiaoqing River)',
    category: 'port', ...underway, cityCodes: [CITY.dongying], districtCodes: [],
    geometry: { type: 'Point', coordinates: [118.45, 37.13] },
    descriptionZh: '小清河东营内河港加快建设。', descriptionEn: 'Construction of the Dongying inland port on the Xiaoqing River is being accelerated.',
    sourceQuote: PORT,
  },
  {
    code: 'PORT-DONGYING', nameZh: '东营港改造提升', nameEn: 'Dongying Port upgrade',
    category: 'port', ...underway, cityCodes: [CITY.dongying], districtCodes: [],
    geometry: { type: 'Point', coordinates: [118.96, 38.08] },
    descriptionZh: '东营港高标准改造提升。', descriptionEn: 'Dongying Port is being upgraded to a high standard.',
    sourceQuote: PORT,
  },
  {
    code: 'PORT-BINZHOU', nameZh: '滨州港改造提升', nameEn: 'Binzhou Port upgrade',
    category: 'port', ...underway, cityCodes: [CITY.binzhou], districtCodes: [],
    geometry: { type: 'Point', coordinates: [118.01, 38.23] },
    descriptionZh: '滨州港高标准改造提升。', descriptionEn: 'Binzhou Port is being upgraded to a high standard.',
    sourceQuote: PORT,
  },
  {
    code: 'PORT-GUANGLI', nameZh: '广利港改造提升', nameEn: 'Guangli Port upgrade',
    category: 'port', ...underway, cityCodes: [CITY.dongying], districtCodes: [],
    geometry: { type: 'Point', coordinates: [118.95, 37.36] },
    descriptionZh: '广利港高标准改造提升。', descriptionEn: 'Guangli Port in Dongying is being upgraded to a high standard.',
    sourceQuote: PORT,
  },
];

const airports: SeedProject[] = [
  {
    code: 'AIR-JINAN-YAOQIANG-PHASE-2', nameZh: '济南遥墙国际机场二期改扩建',
    nameEn: 'Jinan Yaoqiang International Airport Phase II reconstruction and expansion',
    category: 'airport', ...underway, cityCodes: [CITY.jinan], districtCodes: [],
    geometry: { type: 'Point', coordinates: [117.216, 36.857] },
    descriptionZh: '济南遥墙国际机场二期改扩建工程加快实施。',
    descriptionEn: 'The Phase II reconstruction and expansion of Jinan Yaoqiang International Airport is being accelerated.',
    sourceQuote: AIR,
  },
  {
    code: 'AIR-DONGYING-SHENGLI-UPGRADE', nameZh: '东营胜利机场提升改造工程', nameEn: 'Dongying Shengli Airport upgrade',
    category: 'airport', ...underway, cityCodes: [CITY.dongying], districtCodes: [],
    geometry: { type: 'Point', coordinates: [118.789, 37.509] },
    descriptionZh: '东营胜利机场提升改造工程加快实施。',
    descriptionEn: 'The upgrade of Dongying Shengli Airport is being accelerated.',
    sourceQuote: AIR,
  },
  {
    code: 'AIR-BINZHOU-DAGAO', nameZh: '滨州大高机场', nameEn: 'Binzhou Dagao Airport',
    category: 'airport', ...underway, cityCodes: [CITY.binzhou], districtCodes: [DISTRICT.zhanhua],
    geometry: { type: 'Point', coordinates: [118.0, 37.62] },
    descriptionZh: '滨州大高机场日益完善。',
    descriptionEn: 'Binzhou Dagao general aviation airport keeps improving its facilities; the article reports ongoing improvement, not a finished project, so it is shown as underway.',
    sourceQuote: AIR,
  },
  {
    code: 'AIR-SHANGHE-GENERAL-AVIATION', nameZh: '商河通用机场', nameEn: 'Shanghe General Aviation Airport',
    category: 'airport', ...underway, cityCodes: [CITY.jinan], districtCodes: [DISTRICT.shanghe],
    geometry: { type: 'Point', coordinates: [117.15, 37.27] },
    descriptionZh: '商河通用机场试飞成功。',
    descriptionEn: 'Shanghe General Aviation Airport has completed a successful test flight. A test flight is a milestone before opening, so the project is shown as underway rather than completed.',
    sourceQuote: AIR,
  },
];

export const seedTransportProjects: SeedProject[] = [...rail, ...road, ...ports, ...airports];
