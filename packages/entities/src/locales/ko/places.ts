/**
 * South Korea's provinces and metropolitan cities and its larger cities, as the Korean press writes
 * them, with their Revised Romanization names (the official English ones). CLDR's exemplar cities
 * (generated at build) hold only Seoul, and no maintained package that the project installs names
 * Korea's subdivisions in Hangul: typed here, with the short names the press gives the provinces
 * (경북 for 경상북도; not 경기, a frequent word: a match, the economy). Also 호주, the press's name
 * for Australia (CLDR has 오스트레일리아).
 */
const PROVINCES_AND_CITIES =
  '대구 daegu|인천 incheon|광주 gwangju|대전 daejeon|울산 ulsan|세종시 sejong|경기도 gyeonggi|강원도 gangwon|' +
  '충청북도 north chungcheong|충청남도 south chungcheong|전라북도 north jeolla|전라남도 south jeolla|' +
  '경상북도 north gyeongsang|경상남도 south gyeongsang|제주 jeju|제주도 jeju|수원 suwon|창원 changwon|' +
  '성남 seongnam|고양 goyang|용인 yongin|청주 cheongju|천안 cheonan|전주 jeonju|포항 pohang|' +
  '평택 pyeongtaek|경주 gyeongju|김해 gimhae|여수 yeosu|판교 pangyo|양산 yangsan|안동 andong|강릉 gangneung|' +
  '강원 gangwon|충북 north chungcheong|충남 south chungcheong|전북 north jeolla|' +
  '전남 south jeolla|경북 north gyeongsang|경남 south gyeongsang|' +
  '호주 australia';

export const KO_PLACES: Record<string, string> = Object.fromEntries(
  PROVINCES_AND_CITIES.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    return [entry.slice(0, space), `place:${entry.slice(space + 1)}`];
  }),
);
