/**
 * Kanji in Japanese shinjitai forms (or Japanese-made kokuji) that neither Simplified nor Traditional
 * Chinese writes: a Japanese text without kana (a date line, a caption) still shows them.
 */
export const JAPANESE_ONLY_KANJI =
  '気売読広図経楽関戦浜駅験歳円県鉄発対変辺単労営実込働畑峠辻枠栃拡払仏沢渋蔵薬頼覚観歓権勧検剣険圏巻絵継軽恵剤済斎雑歯児釈従獣縦粛処乗剰浄畳譲醸嘱寝粋酔穂摂専銭繊捜挿巣総騒臓続帯滝択団弾遅昼鋳聴懲勅鎮逓転伝稲闘独届弐悩脳廃髪抜晩頻併塀舗歩豊毎満黙訳誉揺様謡覧竜両猟緑涙塁暦歴';
