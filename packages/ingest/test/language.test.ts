import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../src/index';

describe('identifyLanguage', () => {
  it.each([
    ['Dopo sette anni trascorsi al centro di una delle organizzazioni più influenti.', 'it'],
    ['Nach fast sieben Jahren verlässt einer der wichtigsten Architekten das Unternehmen.', 'de'],
    ['OpenAI loses top AI researcher after seven years at the company.', 'en'],
    ['Le gouvernement a annoncé une hausse du salaire minimum.', 'fr'],
    ['El gobierno anunció una subida del salario mínimo.', 'es'],
    ['O governo anunciou um aumento do salário mínimo.', 'pt'],
    ['Правительство объявило о повышении пенсий.', 'ru'],
    ['Ο καιρός στην Αθήνα είναι καλός σήμερα.', 'el'],
    ['서울시는 내년부터 대중교통 요금을 인상한다.', 'ko'],
    ['OpenAIの研究副社長が退職することが明らかになりました。', 'ja'],
    ['硅谷迎来又一波震动。', 'zh'],
  ])('%s → %s', (text, lang) => {
    const guess = identifyLanguage(text);
    expect(guess.lang).toBe(lang);
    expect(guess.confidence).toBeGreaterThan(0.5);
  });

  it('decides Japanese by kana even in text full of Latin names and Han characters', () => {
    expect(identifyLanguage('Jerry Tworek氏はOpenAIでGPT-4とCodexの開発を主導した。').lang).toBe('ja');
  });

  it('reads kanji-only Japanese from Japanese-only character forms', () => {
    expect(identifyLanguage('東京駅発の特急、県内全線で運転見合わせ').lang).toBe('ja');
  });

  it('tells Simplified from Traditional Chinese, and says nothing when the characters do not tell', () => {
    expect(identifyLanguage('这是一个关于经济发展的报道，我们会继续关注。')).toMatchObject({
      lang: 'zh',
      script: 'Hans',
    });
    expect(identifyLanguage('這是一個關於經濟發展的報導，我們會繼續關注。')).toMatchObject({
      lang: 'zh',
      script: 'Hant',
    });
    expect(identifyLanguage('中文').script).toBeUndefined();
  });

  it('keeps a long Chinese text that quotes some Japanese Chinese', () => {
    const zh =
      '硅谷迎来又一波震动。入职近七年的技术骨干、研究副总裁宣布离职。他的贡献远超行政头衔，作为后训练和推理路线的关键推动者，他是将逻辑能力注入神经网络的核心人物。'.repeat(
        3,
      );
    expect(identifyLanguage(`${zh}他在日本的采访中说：「研究を続けたいと思います。」`).lang).toBe('zh');
  });

  it('says und when there is too little to tell', () => {
    for (const text of ['', '   ', '12345', '!!!', 'ok', '2026-01-05', '—']) {
      expect(identifyLanguage(text)).toEqual({ lang: 'und', confidence: 0 });
    }
  });
});
