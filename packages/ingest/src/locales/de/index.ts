import type { LocaleRules } from '../types';

export const de: LocaleRules = {
  lang: 'de',
  adMarkers: ['anzeige', 'werbung', 'gesponsert', 'sponsored'],
  commentWidgets: ['kommentare', 'kommentar', 'kommentieren', 'kommentar schreiben'],
  shareWidgets: ['teilen', 'artikel teilen', 'drucken', 'versenden'],
  callToComment: [
    /\bin den kommentaren\b/i,
    /\b(?:schreib|schreiben sie)\b[^.?!]{0,40}\bkommentar/i,
    /\bwas (?:denkt|meint|halten) (?:ihr|sie)\b/i,
  ],
  newsletter: [
    /\bnewsletter\b[^.?!]{0,60}\b(?:abonnieren|anmelden|bestellen)\b/i,
    /\b(?:abonnieren|anmelden)\b[^.?!]{0,60}\bnewsletter\b/i,
  ],
  cookieNotice: [/\bcookies?\b[^.?!]{0,80}\b(?:akzeptieren|zustimmen|einwilligung|datenschutz)/i],
  byline: [
    /^(?:[Vv]on|VON|Text:|Autor:|Autorin:)\s+(\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:und )?\p{Lu}[\p{L}.'’-]*){0,6})$/u,
  ],
  outlet: [/^(?:quelle):\s*(\p{Lu}[^\n]{1,40})$/u],
  referenceHeadings: ['quellen', 'quelle', 'quellenangaben', 'literatur', 'weiterführende links', 'links'],
  promotion: [
    'führende',
    'führender',
    'kostenlos',
    'verfügbar',
    'jetzt testen',
    'angebot',
    'rabatt',
    'anbieter',
  ],
  months: {
    januar: 1,
    jänner: 1,
    februar: 2,
    märz: 3,
    april: 4,
    mai: 5,
    juni: 6,
    juli: 7,
    august: 8,
    september: 9,
    oktober: 10,
    november: 11,
    dezember: 12,
  },
  navigationHome: ['startseite', 'home'],
};
