import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ageSeconds, humanDuration, isAgeText, isAgeTypo, isAgeWithoutUnit, parseAge } from './age.ts';

// Intervals follow HumanDuration's truncation (apimachinery/pkg/util/duration/duration.go).
const cases = [
  { name: 'seconds under two minutes are exact', input: '45s', min: 45, max: 46 },
  { name: '119s is the last seconds form', input: '119s', min: 119, max: 120 },
  { name: '0s', input: '0s', min: 0, max: 1 },
  { name: 'minutes and seconds under ten minutes', input: '5m10s', min: 310, max: 311 },
  { name: 'whole minutes under ten minutes are exact', input: '5m', min: 300, max: 301 },
  { name: 'minutes from ten to 180 are to the minute', input: '57m', min: 3420, max: 3480 },
  { name: 'hours and minutes under eight hours', input: '3h20m', min: 12000, max: 12060 },
  { name: 'whole hours under eight hours are to the minute', input: '3h', min: 10800, max: 10860 },
  { name: 'hours from 8 to 48 are to the hour', input: '22h', min: 79200, max: 82800 },
  { name: 'days and hours under eight days', input: '5d3h', min: 442800, max: 446400 },
  { name: 'whole days under eight days are to the hour', input: '2d', min: 172800, max: 176400 },
  { name: 'days from 8 to 730 are to the day', input: '232d', min: 20044800, max: 20131200 },
  { name: 'years and days under eight years', input: '2y247d', min: 84412800, max: 84499200 },
  { name: 'whole years past eight are to the year', input: '9y', min: 283824000, max: 315360000 },
  { name: 'old ShortHumanDuration hour form', input: '1h', min: 3600, max: 7200 },
  { name: 'old ShortHumanDuration day form', input: '1d', min: 86400, max: 172800 },
];

describe('parseAge', () => {
  test.each(cases)('$name ($input)', ({ input, min, max }) => {
    expect(parseAge(input)).toEqual({ min, max });
    expect(ageSeconds(input)).toBe(min);
  });

  const invalid = [
    { name: 'clock skew', input: '<invalid>' },
    { name: 'empty', input: '' },
    { name: 'unit only', input: 'h' },
    { name: 'number only', input: '4' },
    { name: 'units out of order', input: '3m5h' },
    { name: 'unknown unit', input: '5w' },
    { name: 'three parts', input: '1d2h3m' },
  ];
  test.each(invalid)('not an interval: $name', ({ input }) => {
    expect(parseAge(input)).toBeNull();
  });

  test.each([
    { name: '<invalid> is an AGE cell', input: '<invalid>', expected: true },
    { name: '<unknown> is an AGE cell', input: '<unknown>', expected: true },
    { name: 'Running is not', input: 'Running', expected: false },
  ])('isAgeText: $name', ({ input, expected }) => expect(isAgeText(input)).toBe(expected));

  test('every printed age parses to an interval holding the real age', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400_000_000 }), (s) => {
        const a = parseAge(humanDuration(s));
        expect(a).not.toBeNull();
        expect(a!.min).toBeLessThanOrEqual(s);
        expect(s).toBeLessThan(a!.max);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('humanDuration', () => {
  test.each([
    { name: 'negative beyond a second', input: -5, expected: '<invalid>' },
    { name: 'almost now', input: -0.5, expected: '0s' },
    { name: 'seconds', input: 119, expected: '119s' },
    { name: 'minutes with seconds', input: 310, expected: '5m10s' },
    { name: 'hours', input: 79200, expected: '22h' },
    { name: 'days with hours', input: 442800, expected: '5d3h' },
    { name: 'years with days', input: 84412800, expected: '2y247d' },
  ])('$name', ({ input, expected }) => expect(humanDuration(input)).toBe(expected));
});

describe('isAgeTypo', () => {
  test.each([
    { name: 'minutes, the m typed twice (MetalK8s docs)', input: '18mm', expected: true },
    { name: 'days, the d typed twice', input: '5dd', expected: true },
    { name: 'two parts, the last unit typed twice', input: '2d3hh', expected: true },
    { name: 'an age as kubectl prints it', input: '18m', expected: false },
    { name: 'two different letters', input: '18mh', expected: false },
    { name: 'a unit tripled', input: '18mmm', expected: false },
    { name: 'letters only', input: 'mm', expected: false },
    { name: 'a word ending in a double letter', input: 'ss', expected: false },
  ])('$name ($input)', ({ input, expected }) => {
    expect(isAgeTypo(input)).toBe(expected);
    // A typo is never an age: its seconds stay unknown.
    if (expected) expect(ageSeconds(input)).toBeNull();
  });
});

describe('isAgeWithoutUnit', () => {
  test.each([
    { name: 'minutes typed without their m (Talos, hunt aa/09)', input: '35', expected: true },
    { name: 'one digit', input: '4', expected: true },
    { name: 'five digits', input: '12345', expected: true },
    { name: 'six digits are no age', input: '123456', expected: false },
    { name: 'a leading zero', input: '07', expected: false },
    { name: 'an age as kubectl prints it', input: '35m', expected: false },
    { name: 'empty', input: '', expected: false },
  ])('$name ($input)', ({ input, expected }) => {
    expect(isAgeWithoutUnit(input)).toBe(expected);
    // Which unit was meant the number cannot say: its seconds stay unknown.
    if (expected) expect(ageSeconds(input)).toBeNull();
  });
});
