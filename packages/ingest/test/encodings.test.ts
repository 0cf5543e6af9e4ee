import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes, ingestText } from '../src/index';

const samples: Record<string, string> = {
  ja: '東京の天気について\n\n今日は朝から雨が降っていますが、午後には晴れる見込みです。週末は気温が下がるので、暖かい服装で出かけてください。',
  zhHans:
    '北京今天的天气\n\n今天上午下雨，下午会转晴。周末气温将会下降，请大家出门时注意保暖，多穿一些衣服。',
  zhHant:
    '臺北今天的天氣\n\n今天上午下雨，下午會轉晴。週末氣溫將會下降，請大家出門時注意保暖，多穿一些衣服。',
  ko: '서울의 날씨\n\n오늘은 아침부터 비가 내리지만 오후에는 맑아질 것으로 보입니다. 주말에는 기온이 떨어지니 따뜻하게 입고 나가세요.',
  fr: 'La météo à Paris\n\nAujourd’hui, il pleut depuis le matin, mais l’après-midi sera ensoleillé. Ce week-end, les températures baisseront : couvrez-vous bien.',
  de: 'Das Wetter in München\n\nHeute regnet es seit dem Morgen, aber am Nachmittag wird es sonnig. Am Wochenende fallen die Temperaturen, also zieht euch warm an, wenn ihr draußen spazieren geht.',
  ru: 'Погода в Москве\n\nСегодня с утра идёт дождь, но после обеда будет солнечно. В выходные температура понизится, поэтому одевайтесь теплее.',
  pl: 'Pogoda w Krakowie\n\nDziś od rana pada deszcz, ale po południu będzie słonecznie. W weekend temperatura spadnie, więc ubierzcie się ciepło, zanim wyjdziecie na spacer.',
  el: 'Ο καιρός στην Αθήνα\n\nΣήμερα βρέχει από το πρωί, αλλά το απόγευμα θα έχει ήλιο. Το Σαββατοκύριακο η θερμοκρασία θα πέσει, γι’ αυτό ντυθείτε ζεστά.',
};

const legacy: [string, string, string, string][] = [
  // [iconv name, expected WHATWG name, sample, expected lang]
  ['Shift_JIS', 'shift_jis', 'ja', 'ja'],
  ['EUC-JP', 'euc-jp', 'ja', 'ja'],
  ['GB18030', 'gb18030', 'zhHans', 'zh'],
  ['GBK', 'gb18030', 'zhHans', 'zh'],
  ['Big5', 'big5', 'zhHant', 'zh'],
  ['EUC-KR', 'euc-kr', 'ko', 'ko'],
  ['windows-1252', 'windows-1252', 'de', 'de'],
  ['windows-1251', 'windows-1251', 'ru', 'ru'],
  ['KOI8-R', 'koi8-r', 'ru', 'ru'],
  ['ISO-8859-2', 'iso-8859-2', 'pl', 'pl'],
  ['windows-1250', 'windows-1250', 'pl', 'pl'],
  ['ISO-8859-5', 'iso-8859-5', 'ru', 'ru'],
  ['ISO-8859-7', 'iso-8859-7', 'el', 'el'],
];

describe('encodings', () => {
  it('decodes UTF-8 with and without a BOM', () => {
    const text = samples.fr!;
    const plain = ingestBytes(Buffer.from(text, 'utf8'), { name: 'fr.txt' });
    const bom = ingestBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), {
      name: 'fr.txt',
    });
    expect(plain.text).toBe(text);
    expect(bom.text).toBe(text);
    expect(plain.source.encoding).toEqual({ name: 'utf-8', confidence: 0.99 });
    expect(bom.source.encoding).toEqual({ name: 'utf-8', confidence: 1, bom: true });
    expect(bom.lang).toBe('fr');
  });

  it.each([
    ['utf-16le', true],
    ['utf-16be', true],
    ['utf-16le', false],
    ['utf-16be', false],
  ] as const)('decodes %s (BOM: %s)', (encoding, withBom) => {
    const text = samples.de!;
    const bytes = iconv.encode(text, encoding, { addBOM: withBom });
    const doc = ingestBytes(bytes, { name: 'de.txt' });
    expect(doc.text).toBe(text);
    expect(doc.source.encoding.name).toBe(encoding);
    expect(doc.source.encoding.confidence).toBe(withBom ? 1 : 0.8);
  });

  it.each(legacy)('detects %s and round-trips the text', (iconvName, whatwg, sample, lang) => {
    const text = samples[sample]!;
    const doc = ingestBytes(iconv.encode(text, iconvName), { name: `${sample}.txt` });
    expect(doc.source.encoding.name).toBe(whatwg);
    expect(doc.text).toBe(text.normalize('NFC'));
    expect(doc.lang).toBe(lang);
    expect(doc.source.encoding.confidence).toBeLessThan(1);
  });

  it('uses an explicit encoding and rejects unknown labels', () => {
    const bytes = iconv.encode(samples.ja!, 'Shift_JIS');
    expect(ingestBytes(bytes, { encoding: 'shift_jis' }).source.encoding).toEqual({
      name: 'shift_jis',
      confidence: 1,
    });
    expect(() => ingestBytes(bytes, { encoding: 'klingon-8' })).toThrowError(
      expect.objectContaining({ code: 'E_INVALID_OPTION' }),
    );
  });

  it('rejects invalid bytes with E_ENCODING unless replacement is allowed, then counts it', () => {
    // Valid UTF-8 with a truncated sequence at the end; in an explicit UTF-8 decode this is invalid.
    const bytes = Buffer.concat([
      Buffer.from('Un texte français tout à fait ordinaire, ', 'utf8'),
      Buffer.from([0xc3]),
    ]);
    expect(() => ingestBytes(bytes, { encoding: 'utf-8', name: 'bad.txt' })).toThrowError(
      expect.objectContaining({ code: 'E_ENCODING', file: 'bad.txt' }),
    );
    const doc = ingestBytes(bytes, { encoding: 'utf-8', allowReplacement: true });
    expect(doc.text.endsWith('\ufffd')).toBe(true);
    expect(doc.warnings).toContainEqual({
      code: 'W_REPLACED_BYTES',
      message: 'Replaced 1 invalid byte sequence(s) with U+FFFD.',
    });
  });

  it('rejects binary input with E_BINARY and empty input with E_EMPTY', () => {
    expect(() =>
      ingestBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), { name: 'a.zip' }),
    ).toThrowError(expect.objectContaining({ code: 'E_BINARY', file: 'a.zip' }));
    expect(() => ingestBytes(new Uint8Array(0))).toThrowError(expect.objectContaining({ code: 'E_EMPTY' }));
    expect(() => ingestText(' \n\u200b\t')).toThrowError(expect.objectContaining({ code: 'E_EMPTY' }));
  });

  it('rejects office and PDF documents with E_UNSUPPORTED_FORMAT', () => {
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
    expect(() => ingestBytes(pdf, { name: 'report.pdf' })).toThrowError(
      expect.objectContaining({ code: 'E_UNSUPPORTED_FORMAT', file: 'report.pdf' }),
    );
  });

  it('tells Simplified from Traditional Chinese by character statistics', () => {
    expect(ingestText(samples.zhHans!)).toMatchObject({ lang: 'zh', langScript: 'Hans' });
    expect(ingestText(samples.zhHant!)).toMatchObject({ lang: 'zh', langScript: 'Hant' });
  });
});

describe('declared charsets', () => {
  it('follows <meta charset> in a legacy-encoded HTML page', () => {
    const html = `<!doctype html><html lang="ja"><head><meta charset="Shift_JIS"><title>東京の天気</title></head><body><article><h1>東京の天気</h1><p>${samples.ja!.split('\n\n')[1]}</p><p>週末は気温が下がる見込みです。</p></article></body></html>`;
    const doc = ingestBytes(iconv.encode(html, 'Shift_JIS'), { name: 'tenki.html' });
    expect(doc.source.encoding).toEqual({ name: 'shift_jis', confidence: 0.95 });
    expect(doc).toMatchObject({ lang: 'ja', title: '東京の天気' });
    expect(doc.text).toContain('今日は朝から雨が降っています');
  });

  it('reads http-equiv Content-Type and ignores a declaration the bytes contradict', () => {
    const page = (charset: string) =>
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>Les températures baisseront ce week-end à Paris, couvrez-vous bien avant de sortir.</p></body></html>`;
    expect(ingestBytes(iconv.encode(page('iso-8859-1'), 'latin1')).source.encoding).toEqual({
      name: 'windows-1252',
      confidence: 0.95,
    });
    // Declared UTF-8 but written in windows-1252: strict UTF-8 fails, detection takes over.
    expect(ingestBytes(iconv.encode(page('utf-8'), 'windows-1252')).source.encoding.name).toBe(
      'windows-1252',
    );
  });
});
