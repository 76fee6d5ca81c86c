/**
 * A component's view of the reader settings: the store from context, and a re-render whenever a
 * setting changes (including a store that arrives later).
 */
import { ContextConsumer } from '@lit/context';
import type { LitElement } from 'lit';
import { settingsContext } from './contexts.js';
import type { SettingsStore } from '../../app/settings/settings-store.js';
import { StoreController } from './store-controller.js';

/** Gives `host` the settings store and re-renders it on every change; read `.value` for the store. */
export function consumeSettings(host: LitElement): { readonly value?: SettingsStore | undefined } {
  const watch = new StoreController(host, () => consumer.value);
  const consumer = new ContextConsumer(host, { context: settingsContext, subscribe: true, callback: () => watch.resubscribe() });
  return consumer;
}
