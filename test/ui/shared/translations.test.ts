import { expect } from '@open-wc/testing';
import { templates } from '../../../src/ui/locales/de.js';

describe('the German interface', () => {
  it('has a German translation for every English string', async () => {
    const xliff = new DOMParser().parseFromString(await (await fetch('/src/ui/xliff/de.xlf')).text(), 'application/xml');
    const units = [...xliff.querySelectorAll('trans-unit')];
    expect(units.length).to.be.greaterThan(50);
    const untranslated = units.filter((unit) => !unit.querySelector('target')?.textContent?.trim()).map((unit) => unit.querySelector('source')?.textContent);
    expect(untranslated).to.deep.equal([]);
  });

  it('builds every translated string into the German locale module', async () => {
    const xliff = new DOMParser().parseFromString(await (await fetch('/src/ui/xliff/de.xlf')).text(), 'application/xml');
    const ids = [...xliff.querySelectorAll('trans-unit')].map((unit) => unit.getAttribute('id')).sort();
    expect(Object.keys(templates).sort()).to.deep.equal(ids);
  });
});
