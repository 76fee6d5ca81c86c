import { defineConfig } from 'vite';

/**
 * Vite builds the static app. `base: './'` makes every asset URL relative, so the build works from
 * any static host and under any sub-path (the end-to-end tests serve it under one).
 */
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
