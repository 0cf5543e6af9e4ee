// Writes scripts/data/regions-de.json: the German names of the first-level divisions of every
// country (Länder, cantons, regions, oblasts: "Nordrhein-Westfalen", "Kanton Genf", "Toskana"),
// each with its English name for the place key and its country's code, from iso3166-2-db (MIT; names from OpenStreetMap,
// Wikipedia and GeoNames). The package installs 280 MB in 42 000 files, so it is no devDependency:
// the compact table (~60 KB) is committed and this script regenerates it from a copy unpacked
// anywhere:
//   npm pack iso3166-2-db@2.3.11 && tar xzf iso3166-2-db-2.3.11.tgz
//   node scripts/extract-regions.mjs package/data/iso3166-2.json
// generate-romanization.mjs reads the table into the German place gazetteer (german-places.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = process.argv[2];
if (!source) throw new Error('Expected the path of iso3166-2-db/data/iso3166-2.json');
const db = JSON.parse(readFileSync(source, 'utf8'));
const rows = [];
for (const [code, country] of Object.entries(db))
  for (const region of country.regions ?? []) {
    const de = region.names?.de;
    const en = region.names?.en ?? region.name;
    if (de && en) rows.push([de, en.toLowerCase(), code]);
  }
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const out = join(dirname(fileURLToPath(import.meta.url)), 'data', 'regions-de.json');
writeFileSync(
  out,
  `${JSON.stringify({ source: 'iso3166-2-db@2.3.11 (MIT)', regions: rows }).replace(/\],\[/g, '],\n[')}\n`,
);
console.log(`${rows.length} regions → ${out}`);
