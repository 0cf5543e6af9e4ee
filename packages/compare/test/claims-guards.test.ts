// What must never be reported as a contradiction: a conversion in parentheses, rounding and
// qualifiers, one instant in two time zones, a sub-event's or side figure's value, coordinates, a
// projection. Each on sentences written for this test, next to a real disagreement that must stay.
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../src/index';

const en = (name: string, text: string) => ({ name, lang: 'en', text });
const contradictions = (c: ReturnType<typeof compareTexts>) =>
  c.conflicts
    .filter((g) => g.kind === 'contradiction' || g.kind === 'internal')
    .map((g) => [g.predicate, g.values.map((v) => v.display)]);

describe('no contradiction from', () => {
  it('a conversion in parentheses (a length in feet and metres; areas in acres and hectares)', () => {
    const c = compareTexts([
      en(
        'a.txt',
        'The new tower is 400 feet (122 meters) tall. The blaze has burned 22,660 acres (9,170 hectares).',
      ),
      en('b.txt', 'The new tower is 122 meters tall. The blaze has burned 9,170 hectares of brush.'),
    ]);
    expect(contradictions(c)).toEqual([]);
    expect(c.agreements.map((g) => g.predicate)).toEqual(expect.arrayContaining(['height']));
  });

  it('rounding and qualifiers (about, more than, nearly), while a real difference stays', () => {
    const c = compareTexts([
      en(
        'a.txt',
        'Donors pledged 846 million euros for the restoration. The works employed 1,312 craftsmen.',
      ),
      en(
        'b.txt',
        'Donors pledged more than 840 million euros for the restoration. The works employed about 1,300 craftsmen.',
      ),
      en(
        'c.txt',
        'Donors pledged 846 million euros for the restoration. The works employed nearly 1,320 craftsmen.',
      ),
    ]);
    expect(contradictions(c)).toEqual([]);
    const d = compareTexts([
      en('a.txt', 'Donors pledged 846 million euros for the restoration.'),
      en('b.txt', 'Donors pledged 700 million euros for the restoration.'),
    ]);
    expect(contradictions(d)).toEqual([['donations', ['846 million EUR', '700 million EUR']]]);
  });

  it('one instant written in two time zones', () => {
    const c = compareTexts([
      en('a.txt', 'The rocket launched on 13 October 2024 at 8:25 a.m. EDT from the coast.'),
      en('b.txt', 'The rocket launched on 13 October 2024 at 12:25 GMT from the coast.'),
    ]);
    expect(contradictions(c)).toEqual([]);
  });

  it("a sub-event's or a side figure's value (an aftershock, a previous record)", () => {
    const c = compareTexts([
      en(
        'a.txt',
        'The earthquake had a magnitude of 6.8. An aftershock of magnitude 5.1 followed an hour later.',
      ),
      en('b.txt', 'The earthquake had a magnitude of 6.8, the agency said.'),
    ]);
    expect(contradictions(c)).toEqual([]);
    const d = compareTexts([
      en('a.txt', 'Turnout reached 84 percent. The previous turnout was 76 percent in 2021.'),
      en('b.txt', 'Turnout reached 84 percent, the highest since 1990.'),
    ]);
    expect(contradictions(d)).toEqual([]);
  });

  it("one party's or one fire's figure against another's (the name each stands beside)", () => {
    const c = compareTexts([
      en('a.txt', 'The CDU won 28.5% of the vote, the AfD 20.8% and the SPD 16.4%.'),
      en('b.txt', 'The AfD took 20.8%, while the CDU won 28.5%.'),
    ]);
    expect(contradictions(c)).toEqual([]);
    const d = compareTexts([
      en('a.txt', 'The CDU won 28.5% of the vote.'),
      en('b.txt', 'The CDU won 29.6% of the vote.'),
    ]);
    expect(contradictions(d)).toEqual([['percentage', ['28.5 %', '29.6 %']]]);
  });

  it('coordinates', () => {
    const c = compareTexts([
      en('a.txt', 'The quake struck at a depth of 10 km, at 37.2°N 142.5°E.'),
      en('b.txt', 'The quake struck at a depth of 10 km near 37.2°N, 142.5°E, officials said.'),
    ]);
    expect(contradictions(c)).toEqual([]);
    expect(c.facts.some((f) => f.display.startsWith('37.2') || f.display.startsWith('142.5'))).toBe(false);
  });

  it('a projection against a count', () => {
    const c = compareTexts([
      en(
        'a.txt',
        'The fire has destroyed 5,000 buildings. Officials warned the number could exceed 10,000 buildings.',
      ),
      en('b.txt', 'The fire has destroyed 5,000 buildings so far.'),
    ]);
    expect(c.conflicts.filter((g) => g.predicate === 'destroyed')).toEqual([]);
  });
});
