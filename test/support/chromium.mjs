/**
 * How every test launches Chromium on these machines: Debian's browser (never a downloaded one),
 * overridable by CHROME_PATH, with the flags a closed network and no GPU need.
 */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a headless Chromium on a 2-core machine with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
