import type { FactLocale } from '../types';
import { concepts } from './concepts';

export const it: FactLocale = {
  lang: 'it',
  wordBoundaries: true,
  concepts,
  triggers: {
    joined: ['entrat[oaie]', 'è entrat[oa]', 'assunt[oaie]', 'approdat[oaie]', 'ingresso', 'unit[oa] a'],
    left: [
      'uscit[ae]',
      'lascia\\p{L}*',
      'lasciat[oaie]',
      'dimission\\p{L}*',
      'addio',
      'abbandon\\p{L}*',
      'partenza',
    ],
    announced: ['annunci\\p{L}*', 'comunicat[oaie]', 'pubblicat[oaie]', 'messaggio', 'post', 'dichiarat[oa]'],
    tenure: ['dopo', 'trascors[oiae]', 'permanenza', 'carriera'],
    role: ['in qualità di'],
    promoted: ['promoss[oa]', 'nominat[oa]', 'divent(?:are|ato|ata|a)', 'responsabile', 'a capo'],
    founded: ['fondat[oaie]', 'fondazione'],
    launched: ['lanciat[oaie]', 'lancio', 'decollat[oa]', 'decollo', 'rilasciat[oaie]', 'presentat[oaie]'],
    acquired: ['acquisi\\p{L}*', 'acquist\\p{L}*', 'rilevat[oa]'],
    valued: ['valutat[oa]', 'valutazione', 'valore'],
    stake: ['quota', 'partecipazione'],
    born: ['nat[oa]', 'nascita'],
    age: ['età', 'enne'],
    studied: ['laure\\p{L}*', 'studi(?:ato|ò)', 'master', 'dottorato'],
    died: ['mort[ioe]', 'vittime', 'decess[oi]', 'uccis[oie]', 'bilancio', 'vite'],
    injured: ['ferit[oie]'],
    missing: ['dispers[oi]'],
    magnitude: ['magnitudo'],
    depth: ['profondità'],
    located: ['vicino a', 'epicentro', 'al largo'],
    occurred: ['scossa', 'terremoto', 'sisma', 'colpit[oa]', 'avvenut[oa]'],
    // Measured things of any story (see OPEN_CONCEPTS and the scoped predicates).
    containment: ['contenut[oaie]', 'sotto controllo'],
    destroyed: ['distrutt[oaie]', 'bruciat[oaie]', 'edifici'],
    evacuated: ['evacuat[oaie]', 'evacuazion[ei]'],
    cost: ['costat[oaie]', 'costo', 'costi'],
    donations: ['donazioni', 'donat[oaie]'],
    workers: ['lavoratori', 'operai', 'artigiani', 'dipendenti'],
    attendees: ['capi di Stato', 'leader', 'ospiti'],
    height: ['alt[oaie]', 'altezza'],
    altitude: ['altitudine', 'quota'],
    seats: ['seggi'],
    turnout: ['affluenza'],
    reopened: ['riaper(?:to|ta|tura)', 'riapr(?:e|irà)'],
    lasted: ['durat[oa]', 'volo'],
    separated: ['separat[oaie]', 'separazione'],
    landed: ['atterrat[oaie]', 'atterraggio', 'afferrat[oaie]', 'catturat[oaie]'],
    ceremony: ['cerimonia', 'inaugura\\p{L}*', 'solennemente'],
    sentence: ['condannat[oaie]', 'condann(?:a|ò|ano)', 'carcere', 'reclusione', 'prigione'],
    fine: ['multa', 'multe', 'multat[oaie]', 'ammend[ae]'],
  },
  // Currency names and symbols come from CLDR (@corpus/core's currencyWords); "di" joins them to the
  // amount ("3 milioni di franchi svizzeri").
  currencies: { linkers: ['di', "d['’]"] },
  // Head words of counts no concept takes: words that put a count inside a larger phrase or count nothing
  // (partitives, notHeads); in CJK the counters after a number and the linker before its noun.
  heads: {
    partitives: ['di', 'dei', 'degli', 'delle', 'su', 'tra'],
    notHeads: ['e', 'per', 'con', 'sono', 'hanno', 'persone', 'anni', 'volte', 'più'],
  },
  // Unit words come from CLDR (src/generated/units.ts, generated at build); listed here only what it
  // lacks: one-letter "m", and seats.
  units: {
    m: ['m'],
    seat: ['seggi'],
  },
  // Words that qualify a value (before or after it) and that put it in a sub-event.
  qualifiers: {
    before: {
      about: ['circa', 'intorno a'],
      over: ['più di', 'oltre', 'almeno'],
      nearly: ['quasi'],
      'up to': ['fino a'],
      projected: ['potrebbe(?:ro)?', 'previst[oaie]', 'proiezion[ei]'],
    },
    after: {},
  },
  scopes: {
    aftershock: ['scosse? di assestamento', 'repliche'],
    request: ['chiesto', 'chiede(?:va|vano)?', 'chiese(?:ro)?', 'richiest[oaie]', 'richiede(?:va|vano)?'],
    previous: ['precedente', 'precedenti'],
  },
  // Words that open an aside between commas: a scope word before the aside holds after it.
  asides: ['che', 'cui', 'il quale', 'la quale', 'i quali', 'le quali'],
  // Parties and blocs a figure may belong to, by a key shared by every language (matched in this case).
  bodies: {
    greens: ['Verdi'],
    left: ['Die Linke', '[Ll]a Sinistra'],
  },
  // Events a story may hold several of, each named ("the Eaton Fire"): a figure beside one is its own.
  events: {
    nouns: ['incendio', 'rogo', 'uragano', 'tifone', 'ciclone', 'tempesta', 'terremoto', 'sisma'],
    linkers: ['di', 'del', "dell['’]", 'a'],
    references: ["l['’]", 'il', 'questo'],
  },
  // Figures given in the order of the names before them.
  respectively: ['rispettivamente'],
  // Cues that give a thing a name, before it ("known as") or after it (「…」と呼ばれ).
  naming: { before: ['chiamat[oaie]', 'soprannominat[oaie]', 'conosciut[oaie] come', 'battezzat[oaie]'] },
  attribution: {
    sourceAfter: ['secondo', 'stando a', 'come riferito da', 'riferisce'],
    sourceBefore: ['ha riferito', 'ha dichiarato', 'ha stimato'],
  },
};
