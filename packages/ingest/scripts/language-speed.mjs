#!/usr/bin/env node
// Speed of identifyLanguage on 300-character pieces, next to eld (the library inside ingest) called
// directly on the same pieces in the same run. Median of 5 runs, MB/s of UTF-8.
// Usage (after `pnpm build`): node scripts/language-speed.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const { identifyLanguage, loadLanguageModel } = await import(
  pathToFileURL(join(here, '../dist/index.js')).href
);
await loadLanguageModel();
const { eld } = await import('eld/small');

// Scripts the seeds do not cover, written here so the script needs no data set.
const OTHER = {
  ru: 'Министерство транспорта сообщило в понедельник, что движение поездов между двумя городами будет восстановлено к концу недели, после того как ремонтные бригады закончат работы на мосту. ',
  ko: '교통부는 월요일 두 도시 사이의 열차 운행이 수리 작업이 끝나는 이번 주말까지 재개될 것이라고 밝혔다. 승객들은 당분간 버스를 이용해야 한다. ',
  el: 'Το υπουργείο Μεταφορών ανακοίνωσε τη Δευτέρα ότι τα δρομολόγια των τρένων μεταξύ των δύο πόλεων θα αποκατασταθούν μέχρι το τέλος της εβδομάδας. ',
  ar: 'أعلنت وزارة النقل يوم الاثنين أن حركة القطارات بين المدينتين ستستأنف بحلول نهاية الأسبوع بعد انتهاء أعمال الصيانة على الجسر. ',
  hi: 'परिवहन मंत्रालय ने सोमवार को कहा कि दोनों शहरों के बीच रेल सेवा सप्ताह के अंत तक बहाल कर दी जाएगी, जब मरम्मत का काम पूरा हो जाएगा। ',
  he: 'משרד התחבורה הודיע ביום שני כי תנועת הרכבות בין שתי הערים תחודש עד סוף השבוע, לאחר שצוותי התיקון יסיימו את העבודות על הגשר. ',
  th: 'กระทรวงคมนาคมประกาศเมื่อวันจันทร์ว่าการเดินรถไฟระหว่างสองเมืองจะกลับมาให้บริการภายในสิ้นสัปดาห์นี้ หลังจากงานซ่อมสะพานเสร็จสิ้น ',
};

function pieces(text, size = 300) {
  const out = [];
  const chars = [...text];
  for (let i = 0; i + size <= chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

const groups = new Map();
const seedDir = join(here, '../../../seeds');
for (const file of readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  groups.set(file.slice(0, 3), pieces(readFileSync(join(seedDir, file), 'utf8')));
}
for (const [lang, sentence] of Object.entries(OTHER)) groups.set(lang, pieces(sentence.repeat(40)));
const all = [...groups.values()].flat();
groups.set('all', all);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
function rate(fn, texts) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  // Repeat each timed run until it lasts ≥ 50 ms so that timer noise stays small.
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) for (const t of texts) fn(t);
    if (performance.now() - t0 >= 50) break;
    reps *= 2;
  }
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) for (const t of texts) fn(t);
    times.push(performance.now() - t0);
  }
  return (bytes * reps) / 1e6 / (median(times) / 1000);
}

// Warm up both (JIT) on every piece before timing.
rate((t) => identifyLanguage(t), all);
rate((t) => eld.detect(t), all);
console.log('| pieces | n | identifyLanguage MB/s | eld.detect MB/s | ratio |');
console.log('|---|---|---|---|---|');
for (const [name, texts] of groups) {
  const ours = rate((t) => identifyLanguage(t), texts);
  const peer = rate((t) => eld.detect(t), texts);
  console.log(
    `| ${name} | ${texts.length} | ${ours.toFixed(1)} | ${peer.toFixed(1)} | ${(ours / peer).toFixed(2)} |`,
  );
}
