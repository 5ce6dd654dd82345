import type { SeedDistrict } from './types';
import { CITY } from './cities';

// Every district, county and county-level city the article names, by official adcode.
export const DISTRICT = {
  laiwu: '370116',
  gangcheng: '370117',
  changqing: '370113',
  pingyin: '370124',
  jiyang: '370115',
  shanghe: '370126',
  jinanHitech: 'JN-HITECH',
  daiyue: '370911',
  feicheng: '370983',
  dongping: '370923',
  xintai: '370982',
  ningyang: '370921',
  decheng: '371402',
  qihe: '371425',
  zhanhua: '371603',
  kenli: '370505',
  gaoqing: '370322',
  yiyuan: '370323',
  linzi: '370305',
  gaotang: '371526',
} as const;

export const seedDistricts: SeedDistrict[] = [
  { code: DISTRICT.laiwu, cityCode: CITY.jinan, nameZh: '莱芜区', nameEn: 'Laiwu District', kind: 'district' },
  { code: DISTRICT.gangcheng, cityCode: CITY.jinan, nameZh: '钢城区', nameEn: 'Gangcheng District', kind: 'district' },
  { code: DISTRICT.changqing, cityCode: CITY.jinan, nameZh: '长清区', nameEn: 'Changqing District', kind: 'district' },
  { code: DISTRICT.pingyin, cityCode: CITY.jinan, nameZh: '平阴县', nameEn: 'Pingyin County', kind: 'county' },
  { code: DISTRICT.jiyang, cityCode: CITY.jinan, nameZh: '济阳区', nameEn: 'Jiyang District', kind: 'district' },
  { code: DISTRICT.shanghe, cityCode: CITY.jinan, nameZh: '商河县', nameEn: 'Shanghe County', kind: 'county' },
  // A development zone has no adcode of its own, so it gets a readable code instead.
  {
    code: DISTRICT.jinanHitech,
    cityCode: CITY.jinan,
    nameZh: '济南高新区',
    nameEn: 'Jinan High-tech Industrial Development Zone',
    kind: 'development_zone',
  },
  { code: DISTRICT.daiyue, cityCode: CITY.taian, nameZh: '岱岳区', nameEn: 'Daiyue District', kind: 'district' },
  { code: DISTRICT.feicheng, cityCode: CITY.taian, nameZh: '肥城市', nameEn: 'Feicheng', kind: 'county_city' },
  { code: DISTRICT.dongping, cityCode: CITY.taian, nameZh: '东平县', nameEn: 'Dongping County', kind: 'county' },
  { code: DISTRICT.xintai, cityCode: CITY.taian, nameZh: '新泰市', nameEn: 'Xintai', kind: 'county_city' },
  { code: DISTRICT.ningyang, cityCode: CITY.taian, nameZh: '宁阳县', nameEn: 'Ningyang County', kind: 'county' },
  { code: DISTRICT.decheng, cityCode: CITY.dezhou, nameZh: '德城区', nameEn: 'Decheng District', kind: 'district' },
  { code: DISTRICT.qihe, cityCode: CITY.dezhou, nameZh: '齐河县', nameEn: 'Qihe County', kind: 'county' },
  { code: DISTRICT.zhanhua, cityCode: CITY.binzhou, nameZh: '沾化区', nameEn: 'Zhanhua District', kind: 'district' },
  { code: DISTRICT.kenli, cityCode: CITY.dongying, nameZh: '垦利区', nameEn: 'Kenli District', kind: 'district' },
  { code: DISTRICT.gaoqing, cityCode: CITY.zibo, nameZh: '高青县', nameEn: 'Gaoqing County', kind: 'county' },
  { code: DISTRICT.yiyuan, cityCode: CITY.zibo, nameZh: '沂源县', nameEn: 'Yiyuan County', kind: 'county' },
  { code: DISTRICT.linzi, cityCode: CITY.zibo, nameZh: '临淄区', nameEn: 'Linzi District', kind: 'district' },
  { code: DISTRICT.gaotang, cityCode: CITY.liaocheng, nameZh: '高唐县', nameEn: 'Gaotang County', kind: 'county' },
];
