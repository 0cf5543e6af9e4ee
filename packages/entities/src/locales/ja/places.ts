/**
 * The prefectures, the main islands and regions and the largest cities of Japan, as the Japanese
 * press writes them, with the English name that links them to other languages. CLDR's exemplar
 * cities (generated at build) hold only the time-zone cities, and no maintained package that the
 * project installs names Japan's subdivisions in Japanese: typed here, checked against the
 * prefectures' official English names. A place before 都, 道, 府 or 県 is read with it (大阪府).
 */
const PREFECTURES =
  '北海道 hokkaido|青森 aomori|岩手 iwate|宮城 miyagi|秋田 akita|山形 yamagata|福島 fukushima|茨城 ibaraki|' +
  '栃木 tochigi|群馬 gunma|埼玉 saitama|千葉 chiba|神奈川 kanagawa|新潟 niigata|富山 toyama|石川 ishikawa|' +
  '福井 fukui|山梨 yamanashi|長野 nagano|岐阜 gifu|静岡 shizuoka|愛知 aichi|三重 mie|滋賀 shiga|兵庫 hyogo|' +
  '奈良 nara|和歌山 wakayama|鳥取 tottori|島根 shimane|岡山 okayama|広島 hiroshima|山口 yamaguchi|' +
  '徳島 tokushima|香川 kagawa|愛媛 ehime|高知 kochi|福岡 fukuoka|佐賀 saga|長崎 nagasaki|熊本 kumamoto|' +
  '大分 oita|宮崎 miyazaki|鹿児島 kagoshima|沖縄 okinawa';
const REGIONS_AND_CITIES =
  '本州 honshu|九州 kyushu|四国 shikoku|関西 kansai|横浜 yokohama|名古屋 nagoya|神戸 kobe|札幌 sapporo|' +
  '仙台 sendai|川崎 kawasaki|北九州 kitakyushu|那覇 naha|能登 noto';

export const JA_PLACES: Record<string, string> = Object.fromEntries(
  `${PREFECTURES}|${REGIONS_AND_CITIES}`.split('|').map((entry) => {
    const [name, english] = entry.split(' ');
    return [name, `place:${english}`];
  }),
);
