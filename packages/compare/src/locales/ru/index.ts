import type { FactLocale } from '../types';
import { concepts } from './concepts';

// Russian inflects: most triggers are stems followed by any letters ("покину" → "покинул",
// "покинула", "покинуть"), which the word-edge lookbehind keeps linear (see patterns.ts).
export const ru: FactLocale = {
  lang: 'ru',
  wordBoundaries: true,
  concepts,
  triggers: {
    joined: ['присоедини\\p{L}*', 'приш[её]л', 'пришл[аи]', 'переш[её]л', 'перешл[аи]', 'устроил\\p{L}*'],
    left: [
      'покину\\p{L}*',
      'покида\\p{L}*',
      'уход\\p{L}*',
      'уш[её]л',
      'ушл[аи]',
      'отставк\\p{L}*',
      'увольнени\\p{L}*',
      'уволил\\p{L}*',
    ],
    announced: [
      'объяви\\p{L}*',
      'объявлени\\p{L}*',
      'заяви\\p{L}*',
      'опубликова\\p{L}*',
      'пост',
      'сообщение',
    ],
    tenure: ['после', 'спустя', 'проработа\\p{L}*'],
    role: ['в качестве', 'в должности'],
    promoted: ['повыш\\p{L}*', 'назнач\\p{L}*', 'стал[аи]?'],
    founded: ['основа\\p{L}*', 'создан\\p{L}*'],
    launched: ['запусти\\p{L}*', 'запуск\\p{L}*', 'представи\\p{L}*', 'выпусти\\p{L}*'],
    acquired: ['приобр\\p{L}*', 'покупк\\p{L}*', 'купи\\p{L}*', 'поглощени\\p{L}*', 'сделк\\p{L}*'],
    valued: ['оцен\\p{L}*', 'стоимост\\p{L}*'],
    stake: ['дол[яиюе]', 'пакет\\p{L}*'],
    born: ['родил\\p{L}*', 'рожд\\p{L}*'],
    age: ['в возрасте', '-?летн\\p{L}*'],
    studied: ['учил\\p{L}*', 'окончил\\p{L}*', 'выпускни\\p{L}*', 'магистр\\p{L}*'],
    died: ['погиб\\p{L}*', 'жертв\\p{L}*', 'умер\\p{L}*', 'убит\\p{L}*', 'смерт\\p{L}*'],
    injured: ['ранен\\p{L}*', 'пострадал\\p{L}*', 'пострадавш\\p{L}*'],
    missing: ['пропавш\\p{L}*', 'пропал\\p{L}*', 'без вести'],
    magnitude: ['магнитуд\\p{L}*', 'мощност\\p{L}*'],
    depth: ['глубин\\p{L}*'],
    located: ['вблизи', 'недалеко от', 'рядом с', 'эпицентр\\p{L}*'],
    occurred: ['землетрясени\\p{L}*', 'толч\\p{L}*', 'произош\\p{L}*', 'сотряс\\p{L}*'],
    // Measured things of any story (see OPEN_CONCEPTS and the scoped predicates).
    containment: ['локализован\\p{L}{0,3}', 'сдержан\\p{L}{0,3}'],
    destroyed: ['уничтожен\\p{L}{0,3}', 'сгорел\\p{L}{0,2}', 'здани\\p{L}{1,3}', 'домов'],
    evacuated: ['эвакуирован\\p{L}{0,3}', 'эвакуаци\\p{L}{1,2}'],
    cost: ['стоил\\p{L}{0,2}', 'стоимость'],
    donations: ['пожертвован\\p{L}{1,3}'],
    workers: ['рабочи\\p{L}{1,2}', 'ремесленник\\p{L}{0,3}', 'сотрудник\\p{L}{0,3}'],
    attendees: ['глав государств', 'лидер\\p{L}{0,3}', 'гост\\p{L}{1,3}'],
    height: ['высот\\p{L}{1,2}', 'высотой'],
    altitude: ['высоте'],
    seats: ['мест\\p{L}{0,2}'],
    turnout: ['явка'],
    reopened: ['вновь открыт\\p{L}{0,2}', 'открыти\\p{L}{1,2}'],
    lasted: ['длил\\p{L}{1,2}', 'полёт', 'полет'],
    separated: ['отдел\\p{L}*'],
    landed: ['приземл\\p{L}*', 'пойман\\p{L}*'],
    ceremony: ['церемони\\p{L}{1,2}', 'торжественн\\p{L}*'],
    sentence: [
      'приговор\\p{L}{0,6}',
      'лишени[еяю] свободы',
      'колони[иейяю]',
      'заключени[еяю]',
      'тюрьм[аеуы]',
    ],
    fine: ['штраф\\p{L}{0,3}', 'оштрафова\\p{L}{1,4}'],
  },
  // Head words of counts no concept takes: words that put a count inside a larger phrase or count nothing
  // (partitives, notHeads); in CJK the counters after a number and the linker before its noun.
  heads: {
    partitives: ['из'],
    notHeads: ['и', 'на', 'для', 'с', 'человек', 'лет', 'года', 'раз', 'более'],
    closed: [
      'и',
      'или',
      'в',
      'во',
      'на',
      'с',
      'со',
      'к',
      'ко',
      'по',
      'за',
      'из',
      'от',
      'до',
      'для',
      'при',
      'о',
      'об',
      'у',
      'без',
      'через',
      'были',
      'было',
      'будут',
      'что',
      'которые',
    ],
    // Adjectives agree with the noun they stand before; after a count, in the genitive plural (-ых/-их).
    modifiers: ['\\p{L}+(?:ых|их)'],
  },
  // Unit words come from CLDR (src/generated/units.ts, generated at build); listed here only what it
  // lacks: one-letter "м", and seats.
  units: {
    m: ['м'],
    seat: ['мест\\p{L}{0,2}'],
    // Oblique forms of "year" after a number entities leaves bare ("к 8 годам", "к восьми годам").
    year: ['год(?:а|у|ам|ами|ах)?', 'лет'],
  },
  // Words that qualify a value (before or after it) and that put it in a sub-event.
  qualifiers: {
    before: {
      about: ['около', 'примерно', 'порядка'],
      over: ['более', 'свыше', 'не менее', 'больше'],
      nearly: ['почти'],
      projected: ['может', 'могут', 'ожидается', 'прогноз\\p{L}{0,3}'],
    },
    after: {},
  },
  scopes: {
    aftershock: ['афтершок\\p{L}{0,3}'],
    request: [
      'просил\\p{L}{0,2}',
      'запросил\\p{L}{0,2}',
      'требовал\\p{L}{0,2}',
      'потребовал\\p{L}{0,2}',
      'запрашива\\p{L}{1,3}',
    ],
    previous: ['предыдущ\\p{L}{1,3}', 'прежн\\p{L}{1,3}'],
  },
  // Words that open an aside between commas: a scope word before the aside holds after it.
  asides: ['котор\\p{L}{1,3}', 'чей', 'чья', 'чьё', 'чьи'],
  // Parties and blocs a figure may belong to, by a key shared by every language (matched in this case).
  bodies: {
    greens: ['Зел[её]н(?:ые|ых|ым|ыми)'],
    left: ['Левые', 'Левых', 'Левой партии', 'Die Linke'],
  },
  // Events a story may hold several of, each named ("the Eaton Fire"): a figure beside one is its own.
  events: {
    nouns: [
      'пожар[а-я]{0,2}',
      'ураган[а-я]{0,2}',
      'тайфун[а-я]{0,2}',
      'шторм[а-я]{0,2}',
      'землетрясени[а-я]{1,2}',
    ],
    linkers: ['в', 'у'],
  },
  // Figures given in the order of the names before them.
  respectively: ['соответственно'],
  // Cues that give a thing a name, before it ("known as") or after it (「…」と呼ばれ).
  naming: { before: ['названн\\p{L}*', 'прозванн\\p{L}*', 'известн\\p{L}* как', 'под названием'] },
  attribution: {
    sourceAfter: ['по данным', 'по словам', 'по сообщению', 'согласно', 'как сообщил\\p{L}*'],
    sourceBefore: ['сообщил\\p{L}*', 'заявил\\p{L}*'],
  },
};
