import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/index';

// Japanese name mechanisms of session 10 (issue #15). Sentences written for these tests, none from
// the recall set: each rule on a name it was not written for, and on the words it must leave alone.
const named = (text: string) =>
  extractMentions({ text, lang: 'ja' })
    .filter((m) => ['PERSON', 'ORG', 'PRODUCT', 'PLACE', 'NAME'].includes(m.type))
    .map((m) => `${m.type} ${m.text}`);

describe('Japanese names by their cues (session 10)', () => {
  it('reads a player before a rank or a count of titles by its numeral', () => {
    expect(named('羽生善治二冠が対局に臨んだ。')).toContain('PERSON 羽生善治');
    // 三段目 is a sumo division: no name before it.
    expect(named('三段目の力士が勝ち越した。')).toEqual([]);
  });

  it('reads two katakana names joined as one topic', () => {
    expect(named('コメダやスタバが値上げした。')).toEqual(['NAME コメダ', 'NAME スタバ']);
    // Common words so joined are no names.
    expect(named('ワクチンとマスクは不足している。')).toEqual([]);
  });

  it('reads kanji opening a clause before what only a company does or has as a firm', () => {
    expect(named('森永乳業の社長が交代した。')).toContain('ORG 森永乳業');
    expect(named('日清食品を傘下に持つ持株会社が発表した。')).toContain('ORG 日清食品');
    // A kind of firm or of business, not a firm.
    expect(named('日本法人の社長が交代した。')).not.toContain('ORG 日本法人');
    expect(named('海外事業を展開する企業が増えた。')).toEqual([]);
  });

  it('reads a venue by its word: a stadium or an arena of a place, a palace', () => {
    expect(named('横浜アリーナでコンサートが開かれた。')).toEqual(['PLACE 横浜アリーナ']);
    expect(named('ヤンキースタジアムで試合があった。')).toEqual(['PLACE ヤンキースタジアム']);
    expect(named('バッキンガム宮殿で晩餐会が開かれた。')).toEqual(['PLACE バッキンガム宮殿']);
    // No place before the word: a new stadium, a municipal ballpark.
    expect(named('新スタジアムの建設が始まった。')).toEqual([]);
    expect(named('市営球場で試合があった。')).toEqual([]);
  });

  it("reads IPAdic's other katakana proper nouns as names, not before kanji that make a kind", () => {
    expect(named('ツール・ド・フランスが開幕した。')).toEqual(['NAME ツール・ド・フランス']);
    expect(named('エルニーニョ現象が続く。')).toEqual([]);
  });

  it("cuts a bare name by IPAdic's family names and ENAMDICT's given names of two kanji", () => {
    expect(named('高橋文哉が主演を務める。')).toEqual(['PERSON 高橋文哉']);
    // 行方 + 不明: the given half is a common word.
    expect(named('行方不明の男性が見つかった。')).toEqual([]);
  });

  it('reads a sea, a bay, a nuclear plant or a shrine by its word, and a feature by a place', () => {
    expect(named('大阪湾で船が衝突した。')).toEqual(['PLACE 大阪湾']);
    expect(named('玄海原発の再稼働が決まった。')).toEqual(['PLACE 玄海原発']);
    expect(named('明治神宮を参拝した。')).toEqual(['PLACE 明治神宮']);
    expect(named('多摩川が増水した。')).toEqual(['PLACE 多摩川']);
    // "Each plant", a brook, a shrine of the neighbourhood: no names.
    expect(named('各原発で点検が行われた。')).toEqual([]);
    expect(named('小川が流れる。')).toEqual([]);
    expect(named('地元神社で祭りがあった。')).toEqual([]);
  });

  it('reads a city, a dot and a katakana word as a team or a paper, and a place opening a body', () => {
    expect(named('ニューヨーク・ヤンキースが勝った。')).toEqual(['ORG ニューヨーク・ヤンキース']);
    // Two places, or a place before a school of art.
    expect(named('フランス・ロマン派の詩人が来日した。')).toEqual(['PLACE フランス']);
    // 新しい ("new") before a title is no hiragana given name.
    expect(named('日本ラグビー協会は新しい会長を選んだ。')).toEqual(['ORG 日本ラグビー協会']);
    // Not a country before a university abroad.
    expect(named('米国ハーバード大学の研究者が来日した。')).toEqual(['PLACE 米国', 'ORG ハーバード大学']);
  });

  it('reads a museum or a district by its word, and a three-kanji name by a family name of IPAdic', () => {
    expect(named('オルセー美術館で特別展が始まった。')).toEqual(['PLACE オルセー美術館']);
    expect(named('大英博物館は返還に応じなかった。')).toEqual(['PLACE 大英博物館']);
    expect(named('ガザ地区で停電が続く。')).toEqual(['PLACE ガザ地区']);
    expect(named('錦織圭は初戦を突破した。')).toEqual(['PERSON 錦織圭']);
    // A prefecture's museum, a business district, "friends" (仲間 + the plural 達): no names.
    expect(named('県立美術館で展示が始まった。')).toEqual([]);
    expect(named('ビジネス地区で停電が続く。')).toEqual([]);
    expect(named('仲間達の願いがかなった。')).toEqual([]);
  });

  it('reads an acronym before the genitive, Latin capitals opening a katakana firm, a short firm before its chief', () => {
    expect(named('NATOの事務総長が来日した。')).toEqual(['ORG NATO']);
    // A code of two letters, a term of the list: no names.
    expect(named('BAの番号は若い。')).toEqual([]);
    expect(named('AIの活用が進む。')).toEqual([]);
    expect(named('NTTドコモは料金を下げた。')).toEqual(['ORG NTTドコモ']);
    expect(named('ナイキのジョン・ドナホー最高経営責任者が退任した。')).toContain('ORG ナイキ');
    expect(named('メタのマーク・ザッカーバーグ最高経営責任者は語った。')).toContain('ORG メタ');
    // A common word of two letters with no chief's name after it.
    expect(named('メタの考え方が広がった。')).toEqual([]);
  });

  it('leaves a place that a dot joins to a name, when no place opens it', () => {
    expect(named('モルガン・スタンレーは人員を削減する。')).toEqual(['PERSON モルガン・スタンレー']);
    expect(named('ジョージ・ワシントンは建国の父と呼ばれる。')).toEqual(['PERSON ジョージ・ワシントン']);
    // Two places, and a place before a school of art, stay places.
    expect(named('マダガスカル・コモロ。')).toEqual(['PLACE マダガスカル', 'PLACE コモロ']);
  });

  it("reads kanji before a tie-up as a firm's partner", () => {
    expect(named('日産は本田技研との経営統合を断念した。')).toContain('ORG 本田技研');
    // Talks with the opposition, a tie-up with a large firm: no names.
    expect(named('政府は野党との協議を続けた。')).toEqual([]);
    expect(named('同社は大手企業との提携を発表した。')).toEqual([]);
  });
});
