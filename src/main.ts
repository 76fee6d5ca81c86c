/**
 * The composition root: reads the shipped library, opens the database, restores the reader's
 * settings and language, and mounts <cr-app>. Nothing imports this file.
 */
import manifestJson from '../documents/manifest.json';
import { createArticleSource, parseManifest } from './model/library.js';
import { localeFromPreferences } from './model/reader-settings.js';
import { openCloseReaderDatabase } from './storage/database.js';
import { SettingsRepository } from './storage/settings-repository.js';
import { applyLocale } from './ui/localization.js';
import { SettingsStore } from './ui/settings-store.js';
import './ui/app.js';

/** Each article body as its own lazily loaded chunk, so the library opens without them. */
const bodyFiles = import.meta.glob<unknown>(['../documents/*.json', '!../documents/manifest.json'], {
  import: 'default',
});

async function openSettings(): Promise<SettingsStore> {
  try {
    return await SettingsStore.load(new SettingsRepository(await openCloseReaderDatabase()));
  } catch (error) {
    console.error(error);
    return SettingsStore.inMemory(error instanceof Error ? error.message : String(error));
  }
}

async function start(): Promise<void> {
  const manifest = parseManifest(manifestJson);
  if (!manifest.ok) throw new Error(`documents/manifest.json is not valid:\n${manifest.errors.join('\n')}`);
  const articles = createArticleSource(manifest.value, (file) => {
    const load = bodyFiles[`../documents/${file}`];
    return load ? load() : Promise.reject(new Error(`documents/${file} is not in the build`));
  });
  const settings = await openSettings();
  await applyLocale(settings.settings.locale ?? localeFromPreferences(navigator.languages));
  const app = document.createElement('cr-app');
  app.articles = articles;
  app.settings = settings;
  document.body.replaceChildren(app);
}

start().catch((error: unknown) => {
  const message = document.createElement('pre');
  message.setAttribute('role', 'alert');
  message.textContent = `Close Reader could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.body.replaceChildren(message);
});
