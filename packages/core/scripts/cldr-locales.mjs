/**
 * The CLDR locales read for each supported language by the build-time generators (units, currencies):
 * each with the regional variants whose spellings news in the language also uses ("kilometres").
 * Keep in step with SUPPORTED_LANGUAGES (@corpus/core); a test checks every one is here.
 */
export const CLDR_LOCALES = {
  en: ['en', 'en-GB'],
  de: ['de'],
  fr: ['fr'],
  es: ['es'],
  it: ['it'],
  pt: ['pt', 'pt-PT'],
  nl: ['nl'],
  ru: ['ru'],
  ja: ['ja'],
  zh: ['zh', 'zh-Hant'],
  ko: ['ko'],
};
