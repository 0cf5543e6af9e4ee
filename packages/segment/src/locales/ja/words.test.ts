import { describe, expect, it } from 'vitest';
import { segment } from '../../index';

/** The words of `text` as strings, cut by the built-in Japanese segmenter. */
const words = (text: string): string[] =>
  segment(text, { lang: 'ja' }).tokens.map((t) => text.slice(t.span.start, t.span.end));

describe('Japanese words: verb endings and auxiliaries (UD Short Unit Words)', () => {
  it('writes the passive auxiliary apart and keeps a godan stem whole', () => {
    expect(words('その町は古い城で知られている。')).toContain('知ら');
    expect(words('その町は古い城で知られている。')).toContain('れ');
    expect(words('駅前で新しい店が開かれた。')).toEqual([
      '駅前',
      'で',
      '新しい',
      '店',
      'が',
      '開か',
      'れ',
      'た',
      '。',
    ]);
    expect(words('選手に選ばれた人は少ない。')).toEqual(expect.arrayContaining(['選ば', 'れ', 'た']));
  });

  it('gives an ichidan stem the whole `られ`', () => {
    expect(words('問題は何も見られなかった。')).toEqual(expect.arrayContaining(['見', 'られ', 'なかっ']));
    expect(words('その案は委員会で認められた。')).toEqual(expect.arrayContaining(['認め', 'られ', 'た']));
  });

  it('keeps verbs whose stem ends before `れ` whole (`生まれ`, `分かれ`)', () => {
    expect(words('彼は東京で生まれた。')).toEqual(['彼', 'は', '東京', 'で', '生まれ', 'た', '。']);
    expect(words('東京都生まれ。')).toEqual(['東京', '都', '生まれ', '。']);
    expect(words('道が二つに分かれている。')).toContain('分かれ');
  });

  it("keeps a godan verb's `さ` (`残さ|れ`, `起こさ|ない`) but not a noun's (`添付|さ|れ`)", () => {
    expect(words('古い記録が残されている。')).toEqual(expect.arrayContaining(['残さ', 'れ', 'て']));
    expect(words('父は事故を起こさない。')).toEqual(expect.arrayContaining(['起こさ', 'ない']));
    expect(words('資料が添付されていた。')).toEqual(expect.arrayContaining(['添付', 'さ', 'れ']));
  });

  it('still writes the nominaliser `さ` apart from an adjective stem', () => {
    expect(words('塔の高さを測る。')).toEqual(expect.arrayContaining(['高', 'さ', 'を']));
  });

  it('joins a verb or adjective ending tiny-segmenter cut off (`行う`, `青白く`, `守ろう`)', () => {
    expect(words('青白く光る星を見た。')[0]).toBe('青白く');
    expect(words('この町は自分で守ろう！')).toContain('守ろう');
    expect(words('毎年三十回以上行う必要がある。')).toContain('行う');
  });

  it('keeps a counter `つ` apart from its numeral and `す` apart from a noun of two characters', () => {
    expect(words('部品を一つ選ぶ。')).toEqual(expect.arrayContaining(['一', 'つ']));
    expect(words('国は情報を公表すべきだ。')).toEqual(expect.arrayContaining(['公表', 'す', 'べき']));
  });
});

describe('Japanese words: particles, names and plurals (UD Short Unit Words)', () => {
  it('splits particles tiny-segmenter runs together', () => {
    expect(words('雨だけど行くかもしれない。')).toEqual(expect.arrayContaining(['だ', 'けど', 'か', 'も']));
    expect(words('それから駅へ向かった。').slice(0, 2)).toEqual(['それ', 'から']);
  });

  it('writes honorific and plural suffixes apart from the name', () => {
    expect(words('部長さんと店長くんが来た。')).toEqual(
      expect.arrayContaining(['部長', 'さん', '店長', 'くん']),
    );
    expect(words('これらの本を読む。').slice(0, 2)).toEqual(['これ', 'ら']);
  });

  it('keeps words that merely end like a suffix whole', () => {
    expect(words('料理がたくさん出た。')).toContain('たくさん');
  });
});

describe('Japanese words: Han compounds (UD Short Unit Words)', () => {
  it('cuts a three-character compound into a word and a suffix, or a prefix and a word', () => {
    expect(words('大正期の建物。').slice(0, 2)).toEqual(['大正', '期']);
    expect(words('不手際があった。').slice(0, 2)).toEqual(['不', '手際']);
    expect(words('大規模な工事が始まった。').slice(0, 2)).toEqual(['大', '規模']);
  });

  it('keeps a two-character word that begins like a prefix, and listed three-character words', () => {
    expect(words('大学院で学ぶ。').slice(0, 2)).toEqual(['大学', '院']);
    expect(words('雰囲気が良い。')[0]).toBe('雰囲気');
    expect(words('不思議な話だ。')[0]).toBe('不思議');
  });

  it('cuts a four-character compound into two words', () => {
    expect(words('日本貝類学会の会員。').slice(0, 3)).toEqual(['日本', '貝類', '学会']);
  });
});

describe('Japanese words: katakana compounds and hiragana words (UD Short Unit Words)', () => {
  it('cuts a katakana compound into the loanwords it is made of', () => {
    expect(words('来年のワールドカップに出る。')).toEqual(expect.arrayContaining(['ワールド', 'カップ']));
    expect(words('ゲームコントローラを買った。').slice(0, 2)).toEqual(['ゲーム', 'コントローラ']);
  });

  it('keeps a katakana word whole when it is listed or a part is unknown', () => {
    expect(words('インターネットで調べた。')[0]).toBe('インターネット');
    expect(words('アイスランドへ行く。')[0]).toBe('アイスランド');
  });

  it('keeps hiragana words whole across a particle before them', () => {
    expect(words('彼は一年前にすでに帰った。')).toEqual(expect.arrayContaining(['に', 'すでに']));
  });

  it('writes the conjunction けど/けれど apart, and the nominal ん before a copula', () => {
    expect(words('店は狭いけれど味は良い。')).toEqual(expect.arrayContaining(['狭い', 'けれど']));
    expect(words('高いけどおいしい。').slice(0, 2)).toEqual(['高い', 'けど']);
    expect(words('どうして行くんだ。')).toEqual(expect.arrayContaining(['行く', 'ん', 'だ']));
  });

  it('writes the causative せ apart from a godan stem, and keeps 合わせ whole', () => {
    expect(words('子どもに本を持たせて帰した。')).toEqual(expect.arrayContaining(['持た', 'せ', 'て']));
    expect(words('問い合わせが多い。')[0]).toBe('問い合わせ');
  });
});

describe('Japanese words: listed words across tiny-segmenter cuts', () => {
  it('keeps 以上/以降-style words whole after a compound', () => {
    expect(words('試験は回線以上で行う。')).toEqual(expect.arrayContaining(['回線', '以上']));
  });
  it('keeps a listed prefix word whole (`初代`, not `初|代`)', () => {
    expect(words('初代会長に就いた。')[0]).toBe('初代');
  });
});

describe('Japanese words: Han stems and what tiny-segmenter runs into them', () => {
  it('joins a verb or adjective ending cut off a Han stem', () => {
    expect(words('彼は腕組みをして座った。')).toContain('腕組み');
    expect(words('料理はとても美味しかった。')).toContain('美味しかっ');
    expect(words('考え方は大きく異なる。')).toContain('異なる');
  });

  it('keeps the verb する apart from a noun', () => {
    expect(words('会議で発表した。')).toEqual(expect.arrayContaining(['発表', 'し', 'た']));
  });

  it('writes a particle apart from the Han noun it was run into, but keeps 最も whole', () => {
    expect(words('東京の店とは違う。')).toEqual(expect.arrayContaining(['店', 'と', 'は']));
    expect(words('彼が最も速い。')).toContain('最も');
  });
});

describe('Japanese words: a kana that ends a word before a Han character', () => {
  it('starts a new word after an adverb, a dictionary form or a particle', () => {
    expect(words('全く違う話だ。').slice(0, 2)).toEqual(['全く', '違う']);
    expect(words('病気を治す力もない。')).toEqual(expect.arrayContaining(['治す', '力', 'も']));
    expect(words('必ず足を運ぶ。').slice(0, 2)).toEqual(['必ず', '足']);
  });

  it('keeps a compound joined by a renyou kana whole', () => {
    expect(words('取り調べを受けた。')[0]).toBe('取り調べ');
  });
});

describe('Japanese words: the negative ず, つつ and ながら', () => {
  it('writes them apart from the verb', () => {
    expect(words('画面も見えずに困った。')).toEqual(expect.arrayContaining(['見え', 'ず', 'に']));
    expect(words('本を読みつつ歩いた。')).toEqual(expect.arrayContaining(['読み', 'つつ']));
    expect(words('歩きながらささっと食べた。')).toEqual(expect.arrayContaining(['歩き', 'ながら']));
  });

  it('keeps adverbs in ず and words holding ず whole', () => {
    expect(words('彼は思わず笑った。')).toContain('思わず');
    expect(words('わずか五日で終わった。')[0]).toBe('わずか');
  });
});
