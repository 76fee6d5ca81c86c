/** The statistics page's CSV file names (src/app/statistics/statistics-file-name.ts): safe, short, saying what they hold. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statisticsCsvFileName } from '../../../src/app/statistics/statistics-file-name.js';

describe('the statistics’ file names', () => {
  it('name the page’s subject and the table', () => {
    assert.equal(statisticsCsvFileName('Zweierlei Solidarität', 'Annotationen je Kategorie'), 'Zweierlei Solidarität – Annotationen je Kategorie.csv');
  });

  it('replace what a file system forbids and stay within 100 characters before ".csv"', () => {
    const name = statisticsCsvFileName(`US-Heimatschutzminister Kelly: keine Massenabschiebungen ${'x'.repeat(100)}`, 'Sprecher/Zitate');
    assert.equal([...name.replace(/\.csv$/, '')].length, 100);
    assert.match(name, /^US-Heimatschutzminister Kelly- keine Massenabschiebungen x+ – Sprecher-Zitate\.csv$/);
  });
});
