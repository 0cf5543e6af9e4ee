import type { LocaleRules } from '../types';

export const pt: LocaleRules = {
  lang: 'pt',
  adMarkers: ['publicidade', 'anúncio', 'conteúdo patrocinado', 'patrocinado'],
  commentWidgets: ['comentários', 'comentários (0)', 'deixe um comentário'],
  shareWidgets: ['compartilhar', 'partilhar', 'imprimir'],
  callToComment: [
    /\bnos comentários\b/i,
    /\bdeixe (?:um|seu) comentário\b/i,
    /\bo que (?:você acha|achas)\b/i,
  ],
  newsletter: [
    /\b(?:assine|inscreva-se)\b[^.?!]{0,60}\bnewsletter\b/i,
    /\bnewsletter\b[^.?!]{0,60}\b(?:assine|inscreva)/i,
  ],
  cookieNotice: [/\bcookies?\b[^.?!]{0,80}\b(?:aceitar|aceite|consentimento|privacidade)/i],
  byline: [/^(?:[Pp]or|POR)\s+(\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:e )?\p{Lu}[\p{L}.'’-]*){0,6})$/u],
  outlet: [/^(?:fonte)\s?:\s*(\p{Lu}[^\n]{1,40})$/u],
  referenceHeadings: ['referências', 'fontes', 'bibliografia', 'links'],
  promotion: ['líder', 'grátis', 'gratuito', 'disponível', 'oferta', 'desconto', 'fornecedor'],
  months: {
    janeiro: 1,
    fevereiro: 2,
    março: 3,
    abril: 4,
    maio: 5,
    junho: 6,
    julho: 7,
    agosto: 8,
    setembro: 9,
    outubro: 10,
    novembro: 11,
    dezembro: 12,
  },
  navigationHome: ['início', 'inicio'],
  datelinePrefixes: ['publicado', 'publicado em', 'atualizado', 'atualizado em', 'data'],
};
