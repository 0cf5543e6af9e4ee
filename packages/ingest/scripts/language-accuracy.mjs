#!/usr/bin/env node
// Language-identification accuracy of @corpus/ingest against raw eld and, when installed, franc and tinyld.
// Usage (after `pnpm build`):
//   node scripts/language-accuracy.mjs --ud ../../../shared/eval/ud --split dev [--peers /tmp/langbench/node_modules]
// Data: the project's seeds, UD sentences for it/de/ja/en/zh/fr/es (the path you pass; nothing is copied),
// and the short ko/ru/pt/fr/es sentences written below.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const here = fileURLToPath(new URL('.', import.meta.url));
const udDir = arg('ud');
const split = arg('split', 'dev');
const perLanguage = Number(arg('limit', '400'));
const peersDir = arg('peers');

const { identifyLanguage, loadLanguageModel } = await import(
  pathToFileURL(join(here, '../dist/index.js')).href
);
await loadLanguageModel();

const written = {
  ko: [
    '서울시는 내년부터 대중교통 요금을 인상한다고 발표했다.',
    '이번 선거에서 투표율은 역대 최고치를 기록했다.',
    '회사는 새로운 인공지능 모델을 다음 달에 공개할 예정이다.',
    '태풍의 영향으로 제주도 항공편이 모두 결항되었다.',
    '정부는 물가 안정을 위한 대책을 내놓았다.',
    '그는 칠 년 동안 연구소에서 일한 뒤 회사를 떠났다.',
    '대학 입시 제도가 크게 바뀔 전망이다.',
    '주식 시장은 오늘 오후 소폭 하락했다.',
  ],
  ru: [
    'Правительство объявило о повышении пенсий со следующего года.',
    'Из-за сильного снегопада в Москве отменили десятки рейсов.',
    'Компания представила новую модель искусственного интеллекта.',
    'Он проработал в лаборатории семь лет и решил уйти.',
    'Цены на бензин снова выросли на прошлой неделе.',
    'Учёные обнаружили новый вид рыб в Байкале.',
    'Выборы прошли спокойно, явка оказалась высокой.',
    'Футбольный клуб подписал контракт с молодым нападающим.',
  ],
  pt: [
    'O governo anunciou um aumento do salário mínimo para o próximo ano.',
    'Por causa da chuva forte, vários voos foram cancelados em Lisboa.',
    'A empresa apresentou um novo modelo de inteligência artificial.',
    'Ele trabalhou no laboratório durante sete anos antes de sair.',
    'Os preços dos combustíveis voltaram a subir esta semana.',
    'Os cientistas descobriram uma nova espécie de peixe na Amazônia.',
    'As eleições decorreram com tranquilidade e a participação foi alta.',
    'O clube contratou um jovem avançado brasileiro.',
  ],
  fr: [
    'Le gouvernement a annoncé une hausse du salaire minimum l’an prochain.',
    'À cause de fortes pluies, plusieurs vols ont été annulés à Lyon.',
    'L’entreprise a présenté un nouveau modèle d’intelligence artificielle.',
    'Il a travaillé sept ans au laboratoire avant de partir.',
    'Les prix de l’essence ont encore augmenté cette semaine.',
    'Des chercheurs ont découvert une nouvelle espèce de poisson.',
    'Les élections se sont déroulées dans le calme.',
    'Le club a recruté un jeune attaquant sénégalais.',
  ],
  es: [
    'El gobierno anunció una subida del salario mínimo para el próximo año.',
    'Por las fuertes lluvias se cancelaron varios vuelos en Madrid.',
    'La empresa presentó un nuevo modelo de inteligencia artificial.',
    'Trabajó siete años en el laboratorio antes de marcharse.',
    'Los precios de la gasolina volvieron a subir esta semana.',
    'Los científicos descubrieron una nueva especie de pez.',
    'Las elecciones transcurrieron con calma y la participación fue alta.',
    'El club fichó a un joven delantero argentino.',
  ],
};

const iso3 = {
  ita: 'it',
  deu: 'de',
  jpn: 'ja',
  eng: 'en',
  cmn: 'zh',
  fra: 'fr',
  spa: 'es',
  kor: 'ko',
  rus: 'ru',
  por: 'pt',
};
const detectors = {
  '@corpus/ingest': (t) => identifyLanguage(t).lang,
};
const eldSmall = (await import('eld/small')).eld;
detectors['eld (small)'] = (t) => eldSmall.detect(t).language || 'und';
if (args.includes('--eld-sizes')) {
  for (const size of ['extrasmall', 'medium', 'large']) {
    const { eld } = await import(`eld/${size}`);
    detectors[`eld (${size})`] = (t) => eld.detect(t).language || 'und';
  }
}
if (peersDir) {
  const req = createRequire(join(resolve(peersDir), 'x.js'));
  const load = async (name) => import(pathToFileURL(req.resolve(name)).href);
  try {
    const { franc } = await load('franc');
    detectors.franc = (t) => iso3[franc(t)] ?? franc(t);
  } catch {}
  try {
    const { franc } = await load('franc-min');
    detectors['franc-min'] = (t) => iso3[franc(t)] ?? franc(t);
  } catch {}
  try {
    const tinyld = await load('tinyld');
    detectors.tinyld = (t) => tinyld.detect(t) || 'und';
  } catch {}
}

const sets = [];
const seedsDir = join(here, '../../../seeds');
const seedLangs = ['it', 'de', 'ja', 'en', 'zh'];
const seedFiles = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
sets.push({
  name: 'seeds (whole articles)',
  items: seedFiles.map((f, i) => [readFileSync(join(seedsDir, f), 'utf8'), seedLangs[i]]),
});
if (udDir) {
  for (const lang of ['it', 'de', 'ja', 'en', 'zh', 'fr', 'es']) {
    const lines = readFileSync(join(udDir, `${lang}.${split}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean);
    const items = lines
      .map((l) => JSON.parse(l).text)
      .filter((t) => t.length >= 10)
      .slice(0, perLanguage);
    sets.push({ name: `UD ${split} sentences, ${lang}`, items: items.map((t) => [t, lang]) });
  }
}
for (const [lang, items] of Object.entries(written))
  sets.push({ name: `written sentences, ${lang}`, items: items.map((t) => [t, lang]) });

const names = Object.keys(detectors);
console.log(`| data | n | ${names.join(' | ')} |`);
console.log(`|---|---|${names.map(() => '---').join('|')}|`);
const totals = Object.fromEntries(names.map((n) => [n, [0, 0]]));
for (const set of sets) {
  const cells = names.map((name) => {
    let right = 0;
    for (const [text, lang] of set.items) if (detectors[name](text) === lang) right++;
    totals[name][0] += right;
    totals[name][1] += set.items.length;
    return `${((100 * right) / set.items.length).toFixed(1)}%`;
  });
  console.log(`| ${set.name} | ${set.items.length} | ${cells.join(' | ')} |`);
}
console.log(
  `| **all** | ${totals[names[0]][1]} | ${names.map((n) => `**${((100 * totals[n][0]) / totals[n][1]).toFixed(1)}%**`).join(' | ')} |`,
);

// Per-block identification: documents of UD sentences (one per line, ≥ 60 characters) in one language
// with every tenth block in another; ingest must label each block.
if (udDir) {
  const { ingestText } = await import(pathToFileURL(join(here, '../dist/index.js')).href);
  const load = (lang) =>
    readFileSync(join(udDir, `${lang}.${split}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).text)
      .filter((t) => t.length >= 60 && !/^[-*•·>#|]/.test(t));
  let right = 0;
  let total = 0;
  let foreignRight = 0;
  let foreignTotal = 0;
  for (const [main, other] of [
    ['de', 'en'],
    ['it', 'en'],
    ['en', 'fr'],
    ['fr', 'es'],
    ['en', 'de'],
    ['ja', 'en'],
    ['zh', 'ja'],
  ]) {
    const mainSentences = load(main).slice(0, 200);
    const otherSentences = load(other).slice(0, 20);
    const blocks = [];
    const gold = [];
    mainSentences.forEach((s, i) => {
      blocks.push(s);
      gold.push(main);
      const insert = otherSentences[Math.floor(i / 10)];
      if (i % 10 === 5 && insert) {
        blocks.push(insert);
        gold.push(other);
      }
    });
    const doc = ingestText(blocks.join('\n'), { format: 'text' });
    if (doc.blocks.length !== gold.length) throw new Error(`blocks of ${main}+${other} do not line up`);
    doc.blocks.forEach((b, i) => {
      const ok = b.lang === gold[i] ? 1 : 0;
      right += ok;
      total++;
      if (gold[i] !== main) {
        foreignRight += ok;
        foreignTotal++;
      }
    });
  }
  console.log(
    `\nPer-block language (de+en, it+en, en+fr, fr+es, en+de, ja+en, zh+ja): ${((100 * right) / total).toFixed(1)}% of ${total} blocks; blocks in the other language: ${((100 * foreignRight) / foreignTotal).toFixed(1)}% of ${foreignTotal}`,
  );
}
