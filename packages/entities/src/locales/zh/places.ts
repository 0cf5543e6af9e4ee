/**
 * China's provinces, autonomous regions and municipalities and its larger cities, in simplified
 * characters, with their pinyin names (the English ones). CLDR's exemplar cities (generated at
 * build) hold only the time-zone cities (上海, 乌鲁木齐), and no maintained package that the
 * project installs names China's subdivisions in Chinese: typed here. A place before 省 or 市 is
 * read with it (广东省).
 */
const DIVISIONS_AND_CITIES =
  '北京 beijing|天津 tianjin|重庆 chongqing|河北 hebei|山西 shanxi|辽宁 liaoning|吉林 jilin|黑龙江 heilongjiang|' +
  '江苏 jiangsu|浙江 zhejiang|安徽 anhui|福建 fujian|江西 jiangxi|山东 shandong|河南 henan|湖北 hubei|' +
  '湖南 hunan|广东 guangdong|海南 hainan|四川 sichuan|贵州 guizhou|云南 yunnan|陕西 shaanxi|甘肃 gansu|' +
  '青海 qinghai|内蒙古 inner mongolia|广西 guangxi|西藏 tibet|宁夏 ningxia|新疆 xinjiang|深圳 shenzhen|' +
  '广州 guangzhou|杭州 hangzhou|南京 nanjing|武汉 wuhan|成都 chengdu|西安 xi’an|苏州 suzhou|青岛 qingdao|' +
  '大连 dalian|厦门 xiamen|宁波 ningbo|合肥 hefei|郑州 zhengzhou|长沙 changsha|沈阳 shenyang|哈尔滨 harbin|' +
  '昆明 kunming|珠海 zhuhai|东莞 dongguan|无锡 wuxi|济南 jinan|福州 fuzhou|南宁 nanning|拉萨 lhasa';

export const ZH_PLACES: Record<string, string> = Object.fromEntries(
  DIVISIONS_AND_CITIES.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    return [entry.slice(0, space), `place:${entry.slice(space + 1)}`];
  }),
);
