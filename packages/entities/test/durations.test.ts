import { describe, expect, it } from 'vitest';
import { extractMentions } from '../src/extract';

const durations = (text: string, lang: string) =>
  extractMentions({ text, lang })
    .filter((m) => m.type === 'DURATION')
    .map((m) => (m.value?.kind === 'duration' ? `${m.text} ${m.value.iso} ${m.value.qualifier}` : m.text));

describe('durations', () => {
  it.each([
    ['Dopo sette anni trascorsi al centro', 'it', ['sette anni P7Y exact']],
    ['oltre dieci anni di ricerca', 'it', ['oltre dieci anni P10Y over']],
    ['circa 3 anni fa', 'it', ['circa 3 anni P3Y about']],
    ['quasi due decenni', 'it', ['quasi due decenni P20Y nearly']],
    ['Nach fast sieben Jahren verlässt', 'de', ['fast sieben Jahren P7Y nearly']],
    ['über drei Jahre lang', 'de', ['über drei Jahre P3Y over']],
    ['mehr als 20 Jahre', 'de', ['mehr als 20 Jahre P20Y over']],
    ['nach sieben prägenden Jahren', 'de', ['sieben prägenden Jahren P7Y exact']],
    ['約7年間の在籍', 'ja', ['約7年間 P7Y about']],
    ['7年以上在籍', 'ja', ['7年以上 P7Y over']],
    ['5年間クオンツ研究者として', 'ja', ['5年間 P5Y exact']],
    ['３ヶ月で完成', 'ja', ['３ヶ月 P3M exact']],
    ['入职近七年的技术骨干', 'zh', ['近七年 P7Y nearly']],
    ['七年多的时间', 'zh', ['七年多 P7Y over']],
    ['用了3个月', 'zh', ['3个月 P3M exact']],
    ['after seven years', 'en', ['seven years P7Y exact']],
    ['his seven-year stint', 'en', ['seven-year P7Y exact']],
    ['nearly seven years at OpenAI', 'en', ['nearly seven years P7Y nearly']],
    ['at least 5 years', 'en', ['at least 5 years P5Y at least']],
    ['about two months later', 'en', ['about two months P2M about']],
    ['18 months of work', 'en', ['18 months P18M exact']],
    ['three decades', 'en', ['three decades P30Y exact']],
    ['for 48 hours', 'en', ['48 hours PT48H exact']],
    ['Das dauert nur 3 Minuten', 'de', ['3 Minuten PT3M exact']],
    ['30秒間の動画', 'ja', ['30秒間 PT30S exact']],
    ['près de dix ans', 'fr', ['près de dix ans P10Y nearly']],
    ['casi diez años', 'es', ['casi diez años P10Y nearly']],
    ['약 3년 동안', 'ko', ['약 3년 동안 P3Y about']],
    ['in 2019 years ago? no: 2019年', 'ja', []],
    ['GPT-4 has 4 versions', 'en', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(durations(text, lang)).toEqual(expected);
  });
});
