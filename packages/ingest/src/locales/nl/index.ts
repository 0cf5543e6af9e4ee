import type { LocaleRules } from '../types';

export const nl: LocaleRules = {
  lang: 'nl',
  adMarkers: ['advertentie', 'gesponsord', 'gesponsorde inhoud'],
  commentWidgets: ['reacties', 'reactie', 'reageer', 'plaats een reactie'],
  shareWidgets: ['delen', 'deel dit artikel', 'artikel delen', 'printen'],
  callToComment: [
    /\bin de reacties\b/i,
    /\blaat een reactie achter\b/i,
    /\bwat vind(?:t|en) (?:jij|u|jullie)\b/i,
  ],
  newsletter: [
    /\b(?:abonneer|schrijf (?:je|u) in|meld (?:je|u) aan)\b[^.?!]{0,60}\bnieuwsbrief\b/i,
    /\bnieuwsbrief\b[^.?!]{0,60}\b(?:abonneren|aanmelden|inschrijven)\b/i,
  ],
  cookieNotice: [/\bcookies?\b[^.?!]{0,80}\b(?:accepteren|akkoord|toestemming|privacy)/i],
  byline: [/^(?:[Dd]oor|DOOR)\s+(\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:en |van |de )?\p{Lu}[\p{L}.'’-]*){0,6})$/u],
  outlet: [/^(?:bron)\s?:\s*(\p{Lu}[^\n]{1,40})$/u],
  referenceHeadings: ['bronnen', 'bron', 'referenties', 'literatuur', 'links'],
  promotion: ['toonaangevende', 'gratis', 'beschikbaar', 'aanbieding', 'korting', 'aanbieder'],
  navigationHome: ['home', 'voorpagina'],
  datelinePrefixes: ['gepubliceerd', 'gepubliceerd op', 'bijgewerkt', 'bijgewerkt op', 'datum'],
  // Function words that are Dutch only (not `de`, `in`, `is`, `er`, `als`, which other lists or
  // languages share), so that the quick in-language check of a block stays specific.
  stopwords: [
    'het',
    'een',
    'van',
    'niet',
    'zijn',
    'voor',
    'ook',
    'bij',
    'naar',
    'wordt',
    'heeft',
    'maar',
    'nog',
    'werd',
    'deze',
    'worden',
    'uit',
    'dat',
    'aan',
    'hun',
  ],
};
