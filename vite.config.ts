import { defineConfig, defaultClientConditions, type Plugin } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';

/**
 * The web app manifest. A manifest speaks one language: German, the first language of our readers
 * (`lang: 'de'`). `translations` carries the English alternative in the shape of the W3C proposal
 * for manifest localization (https://github.com/w3c/manifest/issues/676); browsers that do not
 * read it ignore it. Colours are the design tokens of styles/tokens.css: the header's surface
 * (--cr-surface) for the window's title bar, the page background (--cr-bg) for the splash screen.
 */
const manifest: Partial<ManifestOptions> & { translations: Record<string, Partial<ManifestOptions>> } = {
  id: './',
  name: 'Close Reader',
  short_name: 'Close Reader',
  description: 'Nachrichtentexte genau lesen: Passagen markieren, kategorisieren, kommentieren und als W3C Web Annotations exportieren.',
  lang: 'de',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  theme_color: '#ffffff',
  background_color: '#fbfaf7',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  translations: {
    en: {
      name: 'Close Reader',
      short_name: 'Close Reader',
      description: 'Read news articles closely: tag passages, categorise and comment on them, export W3C Web Annotations.',
    },
  },
};

/**
 * Minifies the CSS of Lit's css`` templates in the build (Vite minifies the JavaScript around them
 * but leaves template text as written): comments and runs of spaces go, never inside quotes, and
 * line breaks stay (so the sourcemaps' lines stay right). Interpolations (`${…}`) are kept as they
 * are; a template this scanner cannot follow (a `}` or backtick inside an interpolation) is left alone.
 */
export function minifyLitCss(): Plugin {
  const squeeze = (text: string): string =>
    text
      .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
      .map((part, index) =>
        index % 2 === 1
          ? part
          : part
              .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
              .replace(/[^\S\n]+/g, ' ')
              .replace(/ ?\n ?/g, '\n')
              .replace(/ ?([{};,>]) ?/g, '$1')
              .replace(/: /g, ':'),
      )
      .join('');
  const template = /\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^`}]*\})*)`/g;
  return {
    name: 'close-reader:minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(template, (_whole, body: string) => {
        const parts = body.split(/(\$\{[^`}]*\})/);
        return `css\`${parts.map((part, index) => (index % 2 === 1 ? part : squeeze(part))).join('')}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Vite builds the static app. `base: './'` makes every asset URL relative, so the build works from
 * any static host and under any sub-path (the end-to-end tests serve it under one).
 *
 * vite-plugin-pwa (2.x supports Vite 8) writes the service worker with Workbox: it precaches the
 * app shell, every chunk (the German strings, the pages loaded on demand, the reader among them, the
 * worker for large texts), each article body (a JSON file), the styles, the manifest and the icons,
 * so the library, every article, tagging and export work offline. `registerType: 'prompt'`: a new version waits until the reader
 * clicks Update (src/main.ts, src/ui/shell/update-prompt.ts); `injectRegister: false` because
 * main.ts registers it. The dev server (`npm start`) has no service worker.
 */
export default defineConfig(({ command }) => ({
  base: './',
  resolve: {
    // The build always takes the production exports of packages (Lit's, above all): by default Vite
    // picks `development` ones whenever NODE_ENV=development is set in the shell that builds, and
    // the app then warns "Lit is in dev mode" and runs Lit's slower checks.
    ...(command === 'build' && {
      conditions: defaultClientConditions.map((condition) => (condition === 'development|production' ? 'production' : condition)),
    }),
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser we support preloads modules itself (Chrome 66, Firefox 115, Safari 17): no polyfill in the entry.
    modulePreload: { polyfill: false },
    // Article bodies (documents/*.json imported with ?url) stay files the reader fetches, however small.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  plugins: [
    minifyLitCss(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // Workbox's own logging follows NODE_ENV too: pin the production service worker.
      mode: 'production',
      manifest,
      // The icons are in public/ and the glob below precaches them already.
      includeManifestIcons: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,svg,png}'],
        // Hash routing: every page is index.html, also when a reader opens a saved link offline.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is taken over at once, so it works offline without a reload. An update
        // never is: it waits (no skipWaiting) until the reader clicks Update.
        clientsClaim: true,
        // Sourcemaps are for developers, not for offline readers.
        globIgnores: ['**/*.map'],
      },
    }),
  ],
}));
