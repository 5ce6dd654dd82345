import type { SeedEvent } from './types';
import { CITY } from './cities';

export const EVENT = {
  jointMeeting2: 'EVT-2021-02-06-JOINT-MEETING-2',
  cppccChairs1: 'EVT-2021-CPPCC-CHAIRS-MEETING-1',
  drcVisits: 'EVT-2021-JINAN-DRC-FIELD-VISITS',
  japanMatchmaking: 'EVT-2021-JAPAN-COOPERATION-MATCHMAKING',
  studyTourSymposium: 'EVT-2021-STUDY-TOUR-SYMPOSIUM',
  culturalCreative: 'EVT-2021-CULTURAL-CREATIVE-PROMOTION',
  yellowRiverGroundbreaking: 'EVT-2021-YELLOW-RIVER-ECO-CORRIDOR-GROUNDBREAKING',
  shangheTestFlight: 'EVT-2021-SHANGHE-AIRPORT-TEST-FLIGHT',
  greenGiant: 'EVT-2021-11-12-GREEN-GIANT-LAUNCH',
} as const;

// "今年" in the article is 2021, and the whole report covers "今年以来", so an event it reports
// without a date is dated '2021' and no more precisely.
export const seedEvents: SeedEvent[] = [
  {
    code: EVENT.jointMeeting2,
    kind: 'meeting',
    heldOn: '2021-02-06',
    hostCityCode: CITY.jinan,
    nameZh: '省会经济圈一体化发展第2次联席会议',
    nameEn: 'Second joint meeting on the integrated development of the provincial-capital economic circle',
    summaryZh:
      '济南市组织召开第2次联席会议,审议通过“369”行动计划,签署交通一体化协同推进、民生事项共建共享、投资促进携手联动、投融资平台共建共享等4个合作协议。',
    summaryEn:
      'Jinan convened the second joint meeting, which approved the "369" action plan and signed four cooperation agreements on transport integration, shared livelihood services, investment promotion and shared investment and financing platforms.',
    sourceQuote:
      '今年2月6日,济南市安排举办第2次联席会议,审议经过“369”行动计划,签署交通一体化协同推进、民生事项共建同享、出资促进携手联动、投融资平台共建同享等4个协作协议。',
  },
  {
    code: EVENT.cppccChairs1,
    kind: 'meeting',
    heldOn: '2021',
    hostCityCode: CITY.jinan,
    nameZh: '省会经济圈政协主席第一次联席会议',
    nameEn: 'First joint meeting of CPPCC chairs of the provincial-capital economic circle',
    summaryZh:
      '济南市政协组织召开省会经济圈政协主席第一次联席会议,签署联席会议机制,围绕交通、旅游、生态环境等主题进行专题协商。',
    summaryEn:
      "The Jinan CPPCC convened the first joint meeting of the circle's CPPCC chairs, which signed a joint-meeting mechanism and held consultations on transport, tourism and the environment.",
    sourceQuote:
      '市政协安排举办省会经济圈政协主席第一次联席会议,签署了联席会议机制,环绕交通、游览、生态环境等主题进行专题协商。',
  },
  {
    code: EVENT.drcVisits,
    kind: 'meeting',
    heldOn: '2021',
    nameZh: '济南市发展改革委赴圈内各市考察对接',
    nameEn: 'Jinan Development and Reform Commission visits to the circle cities',
    summaryZh:
      '济南市发展改革委赴圈内各市考察对接,围绕一体化发展的重大项目、重要事项、重点领域开展座谈沟通,共同拓宽合作领域和实施路径。',
    summaryEn:
      'The Jinan Development and Reform Commission visited each city of the circle to discuss major projects, key matters and priority fields of integration, and to widen the fields and paths of cooperation.',
    sourceQuote:
      '济南市展开改革委赴圈内各市考察对接,环绕一体化展开的重大项目、重要事项、要点范畴展开座谈沟通,联合拓宽协作范畴和施行途径。',
  },
  {
    code: EVENT.japanMatchmaking,
    kind: 'forum',
    heldOn: '2021',
    nameZh: '省会经济圈对日合作对接会',
    nameEn: 'Provincial-capital economic circle cooperation matchmaking meeting with Japan',
    summaryZh: '省会经济圈对日合作对接会举办,7市首次抱团对外招商。',
    summaryEn:
      'A matchmaking meeting for cooperation with Japan was held; it was the first time the seven cities sought foreign investment together.',
    sourceQuote: '省会经济圈对日协作对接会举办,7市初次抱团对外招商;',
  },
  {
    code: EVENT.studyTourSymposium,
    kind: 'forum',
    heldOn: '2021',
    nameZh: '省会经济圈暨沿黄9市研学旅游座谈会',
    nameEn: 'Study-tour symposium of the provincial-capital economic circle and nine Yellow River cities',
    summaryZh:
      '省会经济圈暨沿黄9市研学旅游座谈会举办,省会经济圈研学旅游促进会成立,发布第一批10条研学旅游线路和21个研学旅游目的地。',
    summaryEn:
      "A study-tour symposium of the circle and nine cities along the Yellow River was held; the circle's study-tour promotion association was set up and the first 10 study-tour routes and 21 destinations were published.",
    sourceQuote:
      '省会经济圈暨沿黄9市研学游览座谈会举办,省会经济圈研学游览促进会建立,发布第一批10条研学游览线路和21个研学游览目的地。',
  },
  {
    code: EVENT.culturalCreative,
    kind: 'meeting',
    heldOn: '2021',
    nameZh: '山东省会经济圈文化创意项目推进会',
    nameEn: 'Shandong provincial-capital economic circle cultural and creative projects promotion meeting',
    summaryZh: '山东省会经济圈文化创意项目推进会举办,山东省会经济圈文创发展工作委员会正式揭牌成立。',
    summaryEn:
      "A meeting to promote cultural and creative projects was held, and the circle's cultural and creative development working committee was formally inaugurated.",
    sourceQuote: '山东省会经济圈文明创意项目推进会举办,山东省会经济圈文创展开作业委员会正式揭牌建立。',
  },
  {
    code: EVENT.yellowRiverGroundbreaking,
    kind: 'launch',
    heldOn: '2021',
    nameZh: '全省一体打造黄河流域生态廊道暨生态保护重点项目开工活动',
    nameEn:
      'Groundbreaking of the province-wide Yellow River ecological corridor and key ecological protection projects',
    summaryZh: '举办全省一体打造黄河流域生态廊道暨生态保护重点项目开工活动。',
    summaryEn:
      'A groundbreaking ceremony was held for the Yellow River ecological corridor, built as one across the province, and for key ecological protection projects.',
    sourceQuote:
      '举办全省一体打造黄河流域生态廊道暨生态维护要点项目开工活动,推进济西国家湿地公园和齐河黄河水乡国家湿地公园一体打造,建造黄河下流绿色生态走廊。',
  },
  {
    code: EVENT.shangheTestFlight,
    kind: 'milestone',
    heldOn: '2021',
    hostCityCode: CITY.jinan,
    nameZh: '商河通用机场试飞成功',
    nameEn: 'Successful test flight at Shanghe General Aviation Airport',
    summaryZh: '商河通用机场试飞成功。',
    summaryEn: 'Shanghe General Aviation Airport in Jinan completed a successful test flight.',
    sourceQuote:
      '打造区域机场群,济南遥墙世界机场二期改扩建、东营成功机场提高改造工程加速施行,滨州大高机场日益完善,商河通用机场试飞成功。',
  },
  {
    code: EVENT.greenGiant,
    kind: 'launch',
    heldOn: '2021-11-12',
    nameZh: '“绿巨人”动车组普速铁路开行',
    nameEn: 'Green Giant EMU services start on conventional lines',
    summaryZh:
      '山东省内始发的“绿巨人”动车组开始在京九、蓝烟、龙烟、新兖、兖石、邯济等普速铁路运行,辐射省会、胶东、鲁南三大经济圈。',
    summaryEn:
      'Green Giant EMU trains starting in Shandong began running on six conventional lines, serving the provincial-capital, Jiaodong and southern Shandong economic circles.',
    sourceQuote:
      '11月12日起,山东省内始发的“绿巨人”动车组在京九、蓝烟、龙烟、新兖、兖石、邯济等普速铁路运行,辐射省会、胶东、鲁南三大经济圈;',
  },
];
