import type { LocaleRules } from '../types';

export const es: LocaleRules = {
  lang: 'es',
  adMarkers: ['publicidad', 'anuncio', 'contenido patrocinado', 'patrocinado'],
  commentWidgets: ['comentarios', 'comentario', 'deja un comentario'],
  shareWidgets: ['compartir', 'compartir en facebook', 'imprimir'],
  callToComment: [/\ben los comentarios\b/i, /\bdeja(?:nos)? (?:un|tu) comentario\b/i, /\bqué opinas\b/i],
  newsletter: [
    /\bsuscr[ií]bete\b[^.?!]{0,60}\b(?:newsletter|boletín)/i,
    /\b(?:newsletter|boletín)\b[^.?!]{0,60}\bsuscr/i,
  ],
  cookieNotice: [/\bcookies?\b[^.?!]{0,80}\b(?:aceptar|acepta|consentimiento|privacidad)/i],
  byline: [/^(?:[Pp]or|POR)\s+(\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:y )?\p{Lu}[\p{L}.'’-]*){0,6})$/u],
  outlet: [/^(?:fuente)\s?:\s*(\p{Lu}[^\n]{1,40})$/u],
  referenceHeadings: ['referencias', 'fuentes', 'bibliografía', 'enlaces'],
  promotion: ['líder', 'gratis', 'gratuito', 'disponible', 'oferta', 'descuento', 'proveedor'],
  months: {
    enero: 1,
    febrero: 2,
    marzo: 3,
    abril: 4,
    mayo: 5,
    junio: 6,
    julio: 7,
    agosto: 8,
    septiembre: 9,
    setiembre: 9,
    octubre: 10,
    noviembre: 11,
    diciembre: 12,
  },
  navigationHome: ['inicio', 'portada'],
};
