import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../src/index';

const seeds = new URL('../../../seeds/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, seeds), 'utf8');

function sentencesOf(file: string, lang: string) {
  const text = read(file);
  const out = segment(text, { lang });
  return { text, out, list: out.sentences.map((s) => text.slice(s.start, s.end)) };
}

describe('seed corpus: sentences a reader would cut', () => {
  it('German: title, standfirst and headings are sentences of their own', () => {
    const { list, out, text } = sentencesOf('001_b97ef14892a8822d.txt', 'de');
    expect(list[0]).toBe('Exodus der Experten: Jerry Tworek kehrt OpenAI den Rücken');
    expect(list[1]).toBe(
      'Nach fast sieben Jahren verlässt einer der wichtigsten Architekten von GPT-4 das Unternehmen aus San Francisco.',
    );
    expect(out.sentences[1]).toEqual({ start: 58, end: 169 });
    expect(list).toContain('Abschied eines Gründungsmitglieds');
    expect(list).toContain('Anzeige');
    expect(list).toContain('Tworek gehörte seit November 2017 zum Kernteam von OpenAI.');
    expect(list).toContain(
      'Diese Technologie gilt als entscheidender Baustein auf dem Weg zu einer allgemeinen künstlichen Intelligenz (AGI).',
    );
    const gpt4 = text.indexOf('GPT-4');
    expect(out.tokens.find((t) => t.span.start === gpt4)).toEqual({
      span: { start: gpt4, end: gpt4 + 5 },
      kind: 'word',
      script: 'Latin',
    });
    expect(list).toHaveLength(32);
  });

  it('Japanese: table rows, social posts, list items and nested quotes', () => {
    const { list } = sentencesOf('002_6dd7badc20102f5c.txt', 'ja');
    expect(list.slice(0, 7)).toEqual([
      '2026年1月、AI業界に衝撃が走りました。',
      'OpenAIの研究副社長Jerry Tworek氏が、約7年間の在籍を経て退職することが明らかになりました。',
      'Big loss for OpenAI!',
      'Jerry Tworek is leaving.',
      '— Chubby♨️ (@kimmonismus) January 5, 2026',
      'kimmonismus氏のX投稿より:',
      '「OpenAIにとっての大損失だ!Jerry Tworekが去る。」',
    ]);
    expect(list).toContain('| o3 / o1 | 推論モデルチーム統括 | 物理・化学・生物で博士レベル性能達成 |');
    expect(list).toContain('|---|---|---|');
    expect(list).toContain('— Jerry Tworek (@MillionInt) January 5, 2026');
    expect(list).toContain('- 従来型LLM:大量のテキストから次の単語を予測する学習');
    expect(list).toContain('- ✅ 研究重視から製品重視への組織変化');
    // a quote of two sentences stays one sentence
    expect(list).toContain(
      '「私の研究計画はOpenAIの現在の優先事項と一致しなくなった。この決断は感情的に困難なものだった。」',
    );
    expect(list.at(-1)).toBe('コメント');
  });

  it('Japanese: Latin names and model names inside Japanese are words', () => {
    const text = read('002_6dd7badc20102f5c.txt');
    const out = segment(text, { lang: 'ja' });
    const words = out.tokens.map((t) => text.slice(t.span.start, t.span.end));
    expect(words.slice(0, 8)).toEqual(['2026', '年', '1', '月', '、', 'AI', '業界', 'に']);
    expect(words).toContain('GPT-4');
    expect(words).toContain('@kimmonismus');
    const tworek = text.indexOf('Tworek');
    expect(out.tokens.find((t) => t.span.start === tworek)).toEqual({
      span: { start: tworek, end: tworek + 6 },
      kind: 'word',
      script: 'Latin',
    });
  });

  it('Chinese: byline lines, bullets, link line and the reference list', () => {
    const { list, text, out } = sentencesOf('004_d6f6ce7bd07823ad.txt', 'zh');
    expect(list.slice(0, 4)).toEqual([
      '新智元报道',
      '编辑:倾倾',
      '2026 开年,OpenAI 的「推理之父」Jerry Tworek 离职了。',
      '顶尖大脑因方向冲突和资源倾斜而出走,从这一刻起,硅谷的「Open」或许只剩下一个名字,而非一家真正的 AGI 实验室。',
    ]);
    expect(list).toContain('1 月 7 日,硅谷迎来又一波震动。');
    expect(list).toContain('·研究可解释性?');
    expect(list).toContain('正片链接:https://www.corememory.com/p/he-left-openai-jerry-tworek');
    const refs = list.slice(list.indexOf('参考资料:') + 1);
    expect(refs).toHaveLength(8);
    expect(refs.every((r) => r.startsWith('https://'))).toBe(true);
    // each reference URL is one token
    const last = out.sentences.at(-1);
    const lastTokens = out.tokens.filter((t) => last && t.span.start >= last.start);
    expect(lastTokens).toHaveLength(1);
    expect(text.slice(lastTokens[0]?.span.start, lastTokens[0]?.span.end)).toMatch(
      /^https:\/\/timesofindia.+\.cms$/,
    );
  });

  it('Italian: quotes in “…” stay inside their sentence; dates are not boundaries', () => {
    const { list } = sentencesOf('000_0d68ef0380570c1c.txt', 'it');
    const annuncio = list.find((s) => s.startsWith('L’annuncio'));
    expect(annuncio).toBe(
      'L’annuncio è arrivato il 6 gennaio, attraverso un messaggio pubblicato su X, in cui Twerk ha spiegato di voler “esplorare tipologie di ricerca difficili da svolgere presso OpenAI”, una frase che ha immediatamente acceso il dibattito nella comunità tecnologica e accademica.',
    );
    expect(list).toContain(
      'Al contrario, ha elogiato apertamente OpenAI, definendola “un’azienda speciale e un luogo speciale nella storia dell’umanità”.',
    );
    expect(list[2]).toBe('Twerk non è una figura qualunque nel panorama dell’AI.');
  });

  it('English: title lines and the closing question', () => {
    const { list } = sentencesOf('003_8d3bda8906caf15d.txt', 'en');
    expect(list[0]).toBe('OpenAI loses top AI researcher Jerry Tworek after seven years');
    expect(list[1]).toBe('OpenAI Bids Farewell to Veteran AI Researcher Jerry Tworek After Seven Years');
    expect(list).toContain(
      'This model, launched in September 2024, represents a leap forward in enabling AI systems to tackle complex problems through deliberate, step-by-step deliberation, mimicking human-like inference processes.',
    );
    expect(list.slice(-2)).toEqual([
      'What are your thoughts on this?',
      'I’d love to hear about your own experiences in the comments below.',
    ]);
  });
});
