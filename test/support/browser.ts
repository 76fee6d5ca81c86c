/**
 * Starts Debian's Chromium for end-to-end tests through playwright-core (which never downloads a
 * browser of its own), with the flags these machines need and a fresh profile each launch.
 */
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

/** A headless Chromium; close it in an `after` hook. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}
