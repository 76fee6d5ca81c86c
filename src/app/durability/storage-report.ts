/**
 * What the library tells a reader about where their annotations are kept: how much this browser
 * stores for Close Reader, whether the browser keeps it even when space runs low, and whether to
 * remind them to export (the rule is `exportReminderDue` in the model).
 */
import { exportReminderDue, type Safekeeping } from '../../model/settings/safekeeping.js';
import type { BrowserStorage } from './browser-storage.js';

/** The storage line and the reminder of the library, as facts. */
export interface StorageReport {
  /** Bytes stored, as the browser estimates; undefined when it cannot say. */
  readonly usage: number | undefined;
  /** Whether the browser keeps the data even when space runs low; undefined when it cannot say. */
  readonly persisted: boolean | undefined;
  /** Whether Close Reader has asked the browser to keep the data. */
  readonly asked: boolean;
  /** Whether to remind the reader that the annotations live only in this browser. */
  readonly remindToExport: boolean;
  /** When the reader last exported (ISO 8601), or undefined when never. */
  readonly lastExport: string | undefined;
}

/** What the report is made from besides the browser. */
export interface StorageReportFacts {
  readonly safekeeping: Safekeeping;
  /** Annotations over every article. */
  readonly annotationCount: number;
  /** Now, ISO 8601. */
  readonly now: string;
}

/**
 * The report for the library. A browser without a storage manager, or one whose estimate fails,
 * gives a report without usage and persistence; the reminder does not depend on them.
 */
export async function storageReport(storage: BrowserStorage | undefined, facts: StorageReportFacts): Promise<StorageReport> {
  const [estimate, persisted] = storage
    ? await Promise.all([storage.estimate().catch(() => undefined), storage.persisted().catch(() => undefined)])
    : [undefined, undefined];
  const { safekeeping, annotationCount, now } = facts;
  return {
    usage: estimate?.usage,
    persisted,
    asked: safekeeping.storageAsked,
    remindToExport: exportReminderDue({ annotationCount, lastExport: safekeeping.lastExport, now }),
    lastExport: safekeeping.lastExport,
  };
}
