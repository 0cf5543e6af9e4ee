import { ingestFile } from '@corpus/ingest';
import { analyze } from '@corpus/compare';
const [,, file, types] = process.argv;
const doc = analyze(await ingestFile(file));
const want = new Set((types ?? 'NUMBER,PERCENT,MONEY,DURATION,DATE').split(','));
for (const m of doc.mentions) if (want.has(m.type)) console.log(m.type, JSON.stringify(m.text), JSON.stringify(m.value), m.confidence);
for (const f of doc.facts) console.log('FACT', f.predicate, f.subject.canonical, f.display, f.confidence);
