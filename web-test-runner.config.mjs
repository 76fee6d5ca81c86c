/**
 * web-test-runner: unit, component and storage tests in a real Chromium (Debian's, see
 * test/support/chromium.mjs), with real IndexedDB and real ProseMirror views. One browser page at
 * a time: the machines have two cores.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromiumArgs, chromiumPath } from './test/support/chromium.mjs';
import { countReporter } from './test/support/count-reporter-wtr.mjs';
import { solidServerPlugin } from './test/support/solid-server-plugin.mjs';

export default {
  // *.node.test.ts run under node:test instead (they read files outside the served root).
  files: ['test/{model,app,editor,storage,ui}/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  // solidServerPlugin: a real Solid server, started only when a test asks for one (issue 18).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), solidServerPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter({ outFile: '.wtr-results/browser.json' })],
};
