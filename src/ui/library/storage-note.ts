/**
 * <cr-storage-note>: where the reader's annotations are kept, said quietly in the library: how
 * much this browser stores for Close Reader, whether the browser keeps it even when space runs
 * low, and, for a reader with annotations who has not exported for 14 days or ever, a line (not a
 * dialog) saying that the data lives only in this browser. The rules are in src/app/durability.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { storageReport, type StorageReport } from '../../app/durability/storage-report.js';
import { browserStorage } from '../shared/browser-storage.js';
import { settingsContext } from '../shared/contexts.js';
import { formatBytes } from '../shared/format-bytes.js';
import { plural } from '../shared/plural.js';
import { consumeStore } from '../shared/store-consumer.js';
import { storageNoteStyles } from './storage-note.styles.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The storage line and the export reminder. Set `annotationCount` (over every article). */
export class CrStorageNote extends LitElement {
  static override styles = storageNoteStyles;

  static override properties = {
    annotationCount: { attribute: false },
    report: { state: true },
  };

  /** How many annotations the reader has in this browser; undefined until counted. */
  declare annotationCount: number | undefined;
  /** What the browser and the settings say, once asked. */
  declare report: StorageReport | undefined;

  /** The settings remember the last export and whether the browser was asked: read them again on a change. */
  private readonly settings = consumeStore(this, settingsContext, () => void this.refresh());
  private request = 0;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.annotationCount = undefined;
    this.report = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('annotationCount')) void this.refresh();
  }

  /** Asks the browser and the settings again; the last answer asked for wins. */
  private async refresh(): Promise<void> {
    const settings = this.settings.value;
    if (!settings || this.annotationCount === undefined) return;
    const request = ++this.request;
    const report = await storageReport(browserStorage(), {
      safekeeping: settings.safekeeping,
      annotationCount: this.annotationCount,
      now: new Date().toISOString(),
    });
    if (request === this.request) this.report = report;
  }

  protected override render() {
    const report = this.report;
    if (!report) return nothing;
    return html`
      <p class="storage">${this.storageLine(report)}</p>
      ${report.remindToExport ? html`<p class="reminder">${this.reminderLine(report.lastExport)}</p>` : nothing}
    `;
  }

  private storageLine(report: StorageReport): string {
    const stored = report.usage !== undefined ? msg(str`Stored in this browser: ${formatBytes(report.usage)}.`) : msg('Stored in this browser.');
    if (report.persisted === true) return `${stored} ${msg('Your browser keeps it even when space runs low.')}`;
    if (report.persisted === false && report.asked) {
      return `${stored} ${msg('Close Reader asked your browser to keep your annotations even when space runs low; until it agrees, it may clear them then.')}`;
    }
    if (report.persisted === false) return `${stored} ${msg('Your browser may clear it when space runs low.')}`;
    return stored;
  }

  private reminderLine(lastExport: string | undefined): string {
    if (lastExport === undefined) return msg('Your annotations live only in this browser and have never been exported. Export keeps a copy.');
    const days = Math.floor((Date.now() - Date.parse(lastExport)) / DAY_MS);
    return plural(days, {
      one: () => msg('Your annotations live only in this browser; the last export was 1 day ago. Export keeps a copy.'),
      other: (count) => msg(str`Your annotations live only in this browser; the last export was ${count} days ago. Export keeps a copy.`),
    });
  }
}

customElements.define('cr-storage-note', CrStorageNote);

declare global {
  interface HTMLElementTagNameMap {
    'cr-storage-note': CrStorageNote;
  }
}
