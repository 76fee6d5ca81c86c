import { expect } from '@open-wc/testing';
import {
  DEFAULT_FONT_SCALE,
  FONT_SCALES,
  localeFromPreferences,
  readerSettingsFrom,
  stepFontScale,
} from '../../../src/model/settings/reader-settings.js';

describe('reader settings', () => {
  const preferences: { languages: string[]; locale: string }[] = [
    { languages: ['de-DE', 'en'], locale: 'de' },
    { languages: ['de-AT'], locale: 'de' },
    { languages: ['fr-FR', 'de-CH', 'en'], locale: 'de' },
    { languages: ['en-GB', 'de'], locale: 'en' },
    { languages: ['fr', 'it'], locale: 'en' },
    { languages: [], locale: 'en' },
  ];
  for (const { languages, locale } of preferences) {
    it(`speaks ${locale} to a browser that prefers ${JSON.stringify(languages)}`, () => {
      expect(localeFromPreferences(languages)).to.equal(locale);
    });
  }

  it('falls back to defaults for stored values it does not understand', () => {
    expect(readerSettingsFrom({ locale: 'fr', fontScale: 7, snapToWords: 'yes' })).to.deep.equal({
      locale: undefined,
      fontScale: DEFAULT_FONT_SCALE,
      snapToWords: true,
      sidebarCollapsed: false,
      creatorName: '',
    });
    expect(readerSettingsFrom({ locale: 'de', fontScale: 1.25, snapToWords: false })).to.deep.equal({
      locale: 'de',
      fontScale: 1.25,
      snapToWords: false,
      sidebarCollapsed: false,
      creatorName: '',
    });
  });

  it('steps the text size up and down and stops at the ends', () => {
    expect(stepFontScale(1, 1)).to.equal(1.125);
    expect(stepFontScale(1, -1)).to.equal(0.875);
    expect(stepFontScale(FONT_SCALES[0], -1)).to.equal(FONT_SCALES[0]);
    const largest = FONT_SCALES[FONT_SCALES.length - 1]!;
    expect(stepFontScale(largest, 1)).to.equal(largest);
    expect(stepFontScale(3, 1)).to.equal(1.125);
  });
});
