// English names of Shandong's prefecture-level cities, for map labels. The database holds
// only the seven circle cities; the other nine are drawn as context and need a name too.
export const CITY_NAMES_EN: Record<string, string> = {
  '370100': 'Jinan',
  '370200': 'Qingdao',
  '370300': 'Zibo',
  '370400': 'Zaozhuang',
  '370500': 'Dongying',
  '370600': 'Yantai',
  '370700': 'Weifang',
  '370800': 'Jining',
  '370900': "Tai'an",
  '371000': 'Weihai',
  '371100': 'Rizhao',
  '371300': 'Linyi',
  '371400': 'Dezhou',
  '371500': 'Liaocheng',
  '371600': 'Binzhou',
  '371700': 'Heze',
};
