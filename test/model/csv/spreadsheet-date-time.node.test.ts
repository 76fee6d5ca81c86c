/**
 * Moments in CSV cells (src/model/csv/spreadsheet-date-time.ts): the class view's and the statistics
 * page's tables write a date and time in the one form spreadsheets in German and English both read.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spreadsheetDateTime } from '../../../src/model/csv/spreadsheet-date-time.js';

describe('a moment as spreadsheets read it', () => {
  it('is the local date and time to the minute', () => {
    assert.equal(spreadsheetDateTime(new Date(2026, 2, 5, 9, 7, 59).toISOString()), '2026-03-05 09:07');
    assert.equal(spreadsheetDateTime(new Date(2026, 11, 31, 23, 0).toISOString()), '2026-12-31 23:00');
  });

  it('is the input itself when that is no moment', () => {
    assert.equal(spreadsheetDateTime('gestern'), 'gestern');
    assert.equal(spreadsheetDateTime(''), '');
  });
});
