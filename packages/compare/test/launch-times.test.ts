import { describe, expect, it } from 'vitest';
import { compareTexts } from '../src/index';

// Invented for this test: a probe launch told in three languages, each naming a different thing as
// what lifted off (the agency, the rocket, the probe), and giving the flight's length in minutes.
const launch = [
  {
    name: 'wire-en.txt',
    lang: 'en',
    text: 'The Orla rocket lifted off at 9:40 GMT on 3 May 2026. The flight lasted 40 minutes.',
  },
  {
    name: 'zeitung-de.txt',
    lang: 'de',
    text: 'Die Agentur Nordstar startete am 3. Mai 2026 um 10:40 Uhr GMT. Der Flug dauerte 52 Minuten.',
  },
  {
    name: 'shimbun-ja.txt',
    lang: 'ja',
    text: '探査機ミラは2026年5月3日18時40分（日本時間）に打ち上げられた。',
  },
];

describe('the clock time of a launch', () => {
  const c = compareTexts(launch);

  it("is the story's event time whichever thing the clause names, so the times of one launch meet", () => {
    const times = c.conflicts.find((g) => g.predicate === 'launched');
    expect(times?.subject.key).toBe('story');
    expect(times?.kind).toBe('contradiction');
    expect(times?.values.map((v) => v.sources)).toEqual([
      ['wire-en.txt'],
      ['zeitung-de.txt'],
      ['shimbun-ja.txt'],
    ]);
  });

  it('leaves the length of a flight in minutes a claim ("lasted 40 minutes")', () => {
    const lasted = c.conflicts.find((g) => g.predicate === 'lasted');
    expect(lasted?.values.map((v) => [v.display, v.sources])).toEqual([
      ['PT40M', ['wire-en.txt']],
      ['PT52M', ['zeitung-de.txt']],
    ]);
  });
});

describe('how long after the start a stage separated or a vehicle landed', () => {
  it('is a claim of its own, compared across languages', () => {
    const c = compareTexts([
      {
        name: 'wire-en.txt',
        lang: 'en',
        text: 'Two minutes after liftoff the first stage separated. The booster landed 8 minutes after liftoff.',
      },
      {
        name: 'shimbun-ja.txt',
        lang: 'ja',
        text: '打ち上げから3分後、第1段が切り離された。ブースターは打ち上げから8分後に着陸した。',
      },
    ]);
    const groups = [...c.conflicts, ...c.agreements].map((g) => [
      g.kind,
      g.predicate,
      g.values.map((v) => v.sources),
    ]);
    expect(groups).toEqual([
      ['contradiction', 'separated-after', [['wire-en.txt'], ['shimbun-ja.txt']]],
      [undefined, 'landed-after', [['wire-en.txt', 'shimbun-ja.txt']]],
    ]);
  });
});
