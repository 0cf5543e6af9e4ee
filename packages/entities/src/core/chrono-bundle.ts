// The entry of dist/chrono.cjs (tsup.chrono.config.ts), never imported: chrono-node's locales that
// the entity locales name (CHRONO_LOCALES), bundled into one CommonJS file that the ESM and the CJS
// builds both require on the first date (chrono-locale.ts). The package ships one copy of chrono's
// code instead of installing chrono-node (9 MB on disk: its ESM and CJS builds, sources, maps and
// types in 1 874 files), and a locale's modules run only when it is first asked for. A test checks
// this list against CHRONO_LOCALES.
export const CHRONO_BUNDLE: Readonly<Record<string, () => unknown>> = {
  de: () => require('chrono-node/de'),
  en: () => require('chrono-node/en'),
  es: () => require('chrono-node/es'),
  fr: () => require('chrono-node/fr'),
  it: () => require('chrono-node/it'),
  ja: () => require('chrono-node/ja'),
  nl: () => require('chrono-node/nl'),
  pt: () => require('chrono-node/pt'),
  ru: () => require('chrono-node/ru'),
  zh: () => require('chrono-node/zh'),
};
