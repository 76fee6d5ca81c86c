/**
 * Date normalisation (src/model/text/utc-time.ts) as a table: every timestamp another tool writes
 * becomes UTC with `Z` and milliseconds, as Date.toISOString writes it, or is refused; and a
 * property: any instant written with any offset comes back as that instant.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toUtcTime } from '../../../src/model/text/utc-time.js';

describe('toUtcTime: timestamps to UTC with Z', () => {
  const cases: { name: string; value: string; expected: { iso: string; hadOffset: boolean } | undefined }[] = [
    { name: 'Z stays, milliseconds added', value: '2026-11-30T10:00:00Z', expected: { iso: '2026-11-30T10:00:00.000Z', hadOffset: true } },
    { name: '+02:00 is two hours ahead of UTC', value: '2026-11-30T10:00:00+02:00', expected: { iso: '2026-11-30T08:00:00.000Z', hadOffset: true } },
    { name: '-05:30 crosses midnight', value: '2026-11-30T20:15:00-05:30', expected: { iso: '2026-12-01T01:45:00.000Z', hadOffset: true } },
    { name: '+0100 without colon', value: '2026-01-01T00:30:00+0100', expected: { iso: '2025-12-31T23:30:00.000Z', hadOffset: true } },
    { name: "Hypothesis's microseconds are cut to milliseconds", value: '2024-05-02T10:11:12.123956+00:00', expected: { iso: '2024-05-02T10:11:12.123Z', hadOffset: true } },
    { name: 'one fractional digit', value: '2024-05-02T10:11:12.5Z', expected: { iso: '2024-05-02T10:11:12.500Z', hadOffset: true } },
    { name: 'no offset: taken as UTC, said so', value: '2025-06-01T08:00:00', expected: { iso: '2025-06-01T08:00:00.000Z', hadOffset: false } },
    { name: 'no seconds', value: '2025-06-01T09:00Z', expected: { iso: '2025-06-01T09:00:00.000Z', hadOffset: true } },
    { name: 'a leap day', value: '2024-02-29T12:00:00Z', expected: { iso: '2024-02-29T12:00:00.000Z', hadOffset: true } },
    { name: 'a date alone is not a date-time (decision: refused, no invented midnight)', value: '2026-11-30', expected: undefined },
    { name: '30 February', value: '2025-02-30T10:00:00Z', expected: undefined },
    { name: 'month 13', value: '2025-13-01T10:00:00Z', expected: undefined },
    { name: 'hour 24', value: '2025-01-01T24:00:00Z', expected: undefined },
    { name: 'an offset beyond 14 hours', value: '2025-01-01T10:00:00+15:00', expected: undefined },
    { name: 'words', value: 'gestern', expected: undefined },
    { name: 'a number as text', value: '2', expected: undefined },
    { name: 'a date in German order', value: '30.11.2026 10:00', expected: undefined },
  ];
  for (const { name, value, expected } of cases) {
    it(`${name}: ${value}`, () => {
      expect(toUtcTime(value)).to.deep.equal(expected);
    });
  }

  it('any instant, written with any whole-minute offset, comes back as the same instant', () => {
    const instant = fc.date({ min: new Date('1900-01-02T00:00:00Z'), max: new Date('2999-12-30T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.integer({ min: -14 * 60, max: 14 * 60 }), (date, offset) => {
        const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const zone = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
        expect(toUtcTime(`${local}${zone}`)).to.deep.equal({ iso: date.toISOString(), hadOffset: true });
      }),
      { numRuns: 500 },
    );
  });
});
