import { describe, expect, it } from 'vitest';
import { sentences } from '../src/index';

/** Sentence texts of `text` in `lang`, trimmed, as a reader would list them. */
const cut = (text: string, lang: string): string[] =>
  sentences(text, { lang }).map((s) => text.slice(s.start, s.end));

// Every sentence here was written for these tests; none comes from an evaluation set.

describe('dialogue dashes (es)', () => {
  it('a dash after a full stop opens a new turn', () => {
    expect(cut('Llegó tarde a la reunión con los vecinos. - ¿Por qué no avisó antes?', 'es')).toEqual([
      'Llegó tarde a la reunión con los vecinos.',
      '- ¿Por qué no avisó antes?',
    ]);
    expect(cut('Nadie quiso hablar del asunto durante la cena. - - Yo sí quería.', 'es')).toEqual([
      'Nadie quiso hablar del asunto durante la cena.',
      '- - Yo sí quería.',
    ]);
  });

  it('a short dateline before a dash runs on', () => {
    expect(cut('Lima, 3 de mayo. - El Gobierno anunció nuevas medidas.', 'es')).toEqual([
      'Lima, 3 de mayo. - El Gobierno anunció nuevas medidas.',
    ]);
  });
});

describe('quotes that never close (ja)', () => {
  it('an unclosed 「 does not silence the later boundaries of its line', () => {
    expect(cut('彼は「明日行くと言った。雨が降った。傘を持っていった。', 'ja')).toEqual([
      '彼は「明日行くと言った。',
      '雨が降った。',
      '傘を持っていった。',
    ]);
  });

  it('a closed quote still holds its sentences together', () => {
    expect(cut('「雨だ。寒い。」と彼は言った。次の日は晴れた。', 'ja')).toEqual([
      '「雨だ。寒い。」と彼は言った。',
      '次の日は晴れた。',
    ]);
  });
});

describe('layout without punctuation', () => {
  it('an all-caps heading run into its article is a sentence of its own', () => {
    expect(
      cut('NUEVO RÉCORD DE VISITANTES EN EL MUSEO El museo recibió ayer a diez mil personas.', 'es'),
    ).toEqual(['NUEVO RÉCORD DE VISITANTES EN EL MUSEO', 'El museo recibió ayer a diez mil personas.']);
  });

  it('a capitalised pronoun after an unpunctuated clause opens a sentence, a title does not', () => {
    expect(cut('the parcel arrived two days late We will not order again', 'en')).toEqual([
      'the parcel arrived two days late',
      'We will not order again',
    ]);
    expect(cut('She reads The Guardian every morning at home.', 'en')).toEqual([
      'She reads The Guardian every morning at home.',
    ]);
    expect(cut('Das Essen war kalt und viel zu teuer Wir kommen nicht wieder.', 'de')).toEqual([
      'Das Essen war kalt und viel zu teuer',
      'Wir kommen nicht wieder.',
    ]);
  });

  it('salutations and sign-offs end at their comma', () => {
    expect(cut('Dear Ann, Thank you for the slides. Best regards, Tom', 'en')).toEqual([
      'Dear Ann,',
      'Thank you for the slides.',
      'Best regards,',
      'Tom',
    ]);
    expect(cut('In 2020, Google opened an office here.', 'en')).toEqual([
      'In 2020, Google opened an office here.',
    ]);
  });

  it('a smiley closes its sentence', () => {
    expect(cut('Der Service war super :-) Nächstes Jahr buchen wir wieder.', 'de')).toEqual([
      'Der Service war super :-)',
      'Nächstes Jahr buchen wir wieder.',
    ]);
  });

  it('a colon after a full clause ends a German sentence, a short lead-in or a quotation does not', () => {
    expect(cut('Der Minister äußerte sich am Abend sehr deutlich: Die Reform kommt im Mai.', 'de')).toEqual([
      'Der Minister äußerte sich am Abend sehr deutlich:',
      'Die Reform kommt im Mai.',
    ]);
    expect(cut('Sein Fazit: Die Reform kommt im Mai.', 'de')).toEqual([
      'Sein Fazit: Die Reform kommt im Mai.',
    ]);
    expect(cut('Sie sagte am Ende ganz leise: „Wir sehen uns.“', 'de')).toEqual([
      'Sie sagte am Ende ganz leise: „Wir sehen uns.“',
    ]);
  });
});

describe('lists', () => {
  it('inline enumerations split before the next marker of the same kind', () => {
    expect(cut('1) Buy milk 2) Call the bank 3) Pay rent', 'en')).toEqual([
      '1) Buy milk',
      '2) Call the bank',
      '3) Pay rent',
    ]);
    expect(cut('a. Open the lid b. Pour the water', 'en')).toEqual(['a. Open the lid', 'b. Pour the water']);
    expect(cut('i.) Costs ii.) Benefits', 'en')).toEqual(['i.) Costs', 'ii.) Benefits']);
    expect(cut('1. Preheat the oven 2. Mix the flour', 'en')).toEqual([
      '1. Preheat the oven',
      '2. Mix the flour',
    ]);
  });

  it('initials opening a sentence are no list', () => {
    expect(cut('J. Smith and K. Lee wrote the report.', 'en')).toEqual([
      'J. Smith and K. Lee wrote the report.',
    ]);
    expect(cut('a) Buy milk b) Call the bank c) Pay rent', 'en')).toEqual([
      'a) Buy milk',
      'b) Call the bank',
      'c) Pay rent',
    ]);
  });

  it('a bullet in the middle of a line starts an item', () => {
    expect(cut('• 4. Plant the seeds • 5. Water them', 'en')).toEqual([
      '• 4. Plant the seeds',
      '• 5. Water them',
    ]);
  });

  it('a letter opening a sentence is a marker, not an initial', () => {
    expect(cut('Q. Where is the key? A. It is under the mat.', 'en')).toEqual([
      'Q. Where is the key?',
      'A. It is under the mat.',
    ]);
  });
});

describe('abbreviations that end a sentence', () => {
  it('a.m./p.m. end a sentence before a capital, except after a fronted time', () => {
    expect(cut('The shop opens at 9 a.m. Customers queue outside.', 'en')).toEqual([
      'The shop opens at 9 a.m.',
      'Customers queue outside.',
    ]);
    expect(cut('By 8 p.m. Dr. Lee had left the ward.', 'en')).toEqual([
      'By 8 p.m. Dr. Lee had left the ward.',
    ]);
    expect(cut('The call ended at 4 p.m. and nobody spoke.', 'en')).toEqual([
      'The call ended at 4 p.m. and nobody spoke.',
    ]);
  });

  it('a.m./p.m. before a time-zone abbreviation run on; before an acronym they end the sentence', () => {
    expect(cut('The quake struck at 6:32 a.m. CET on Monday. Nobody was hurt.', 'en')).toEqual([
      'The quake struck at 6:32 a.m. CET on Monday.',
      'Nobody was hurt.',
    ]);
    expect(cut('Polls close at 8 p.m. EST tonight.', 'en')).toEqual(['Polls close at 8 p.m. EST tonight.']);
    expect(cut('It landed at 9 a.m. NASA confirmed it.', 'en')).toEqual([
      'It landed at 9 a.m.',
      'NASA confirmed it.',
    ]);
  });

  it('eras, degrees and units after a number', () => {
    expect(cut('The wall was built in 120 B.C. Later the city grew.', 'en')).toEqual([
      'The wall was built in 120 B.C.',
      'Later the city grew.',
    ]);
    expect(cut('My sister finished her Ph.D. She now teaches.', 'en')).toEqual([
      'My sister finished her Ph.D.',
      'She now teaches.',
    ]);
    expect(cut('The board is 6 ft. We cut it in half.', 'en')).toEqual([
      'The board is 6 ft.',
      'We cut it in half.',
    ]);
    expect(cut('It weighs 3 lb. 2 oz. in total.', 'en')).toEqual(['It weighs 3 lb. 2 oz. in total.']);
  });
});

describe('ellipses and glued sentences', () => {
  it('an ellipsis before "I" carries the thought on; after ! it joins the exclamation', () => {
    expect(cut('I wondered... I really did.', 'en')).toEqual(['I wondered... I really did.']);
    expect(cut('Gone! . . . and nobody noticed.', 'en')).toEqual(['Gone! . . . and nobody noticed.']);
  });

  it('a full stop with no space before a capitalised word ends a sentence; a domain does not', () => {
    expect(cut('We arrived late.The hotel was full.', 'en')).toEqual([
      'We arrived late.',
      'The hotel was full.',
    ]);
    expect(cut('See www.example.Com for details.', 'en')).toEqual(['See www.example.Com for details.']);
  });
});
