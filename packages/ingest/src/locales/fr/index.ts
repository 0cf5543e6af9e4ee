import type { LocaleRules } from '../types';

export const fr: LocaleRules = {
  lang: 'fr',
  adMarkers: ['publicité', 'annonce', 'contenu sponsorisé', 'sponsorisé'],
  commentWidgets: ['commentaires', 'commentaire', 'laisser un commentaire'],
  shareWidgets: ['partager', 'partager sur facebook', 'imprimer'],
  callToComment: [
    /\bdans les commentaires\b/i,
    /\blaissez un commentaire\b/i,
    /\bqu'en pensez-vous\b/i,
    /\bqu’en pensez-vous\b/i,
  ],
  newsletter: [
    /\b(?:abonnez-vous|inscrivez-vous)\b[^.?!]{0,60}\bnewsletter\b/i,
    /\bnewsletter\b[^.?!]{0,60}\b(?:abonnez|inscrivez)/i,
  ],
  cookieNotice: [/\bcookies?\b[^.?!]{0,80}\b(?:accepter|acceptez|consentement|confidentialité)/i],
  byline: [/^(?:[Pp]ar|PAR)\s+(\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:et )?\p{Lu}[\p{L}.'’-]*){0,6})$/u],
  outlet: [/^(?:source)\s?:\s*(\p{Lu}[^\n]{1,40})$/u],
  referenceHeadings: ['références', 'sources', 'bibliographie', 'liens'],
  promotion: ['leader', 'gratuit', 'gratuitement', 'disponible', 'offre', 'réduction', 'fournisseur'],
  months: {
    janvier: 1,
    février: 2,
    mars: 3,
    avril: 4,
    mai: 5,
    juin: 6,
    juillet: 7,
    août: 8,
    septembre: 9,
    octobre: 10,
    novembre: 11,
    décembre: 12,
  },
  navigationHome: ['accueil'],
  datelinePrefixes: ['publié', 'publié le', 'mis à jour', 'mis à jour le', 'date'],
};
