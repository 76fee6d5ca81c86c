/**
 * What a shared project's publish, open and sync (issue 18) said, in the reader's language: the
 * one place that words their outcomes and their failure codes (app/sync/ldp-client.ts's LdpCode,
 * `shared-bad-file`, opening's `shared-linked-elsewhere` and `shared-needs-consent`, and what opening
 * a project's file can find wrong, which problem-messages.ts already words). Offline is said as
 * what it is for the reader: their work is kept here.
 */
import { msg, str } from '@lit/localize';
import type { LdpCode } from '../../app/sync/ldp-client.js';
import type { SyncOutcome } from '../../app/sync/shared-project-sync.js';
import type { Problem } from '../../model/result.js';
import { formatDateTime } from '../shared/format-date-time.js';
import { plural } from '../shared/plural.js';
import { describeProblem } from '../shared/problem-messages.js';

/** What a failed publish, open or sync can say: an LDP code, a file that is no project, or a problem of reading the file. */
export type SharingFailureCode = LdpCode | 'shared-bad-file';

/** Whether `code` is one this module words itself (the rest go to problem-messages.ts). */
function isSharingCode(code: string): code is SharingFailureCode {
  return ['ldp-unreachable', 'ldp-refused', 'ldp-not-found', 'ldp-changed-meanwhile', 'ldp-status', 'ldp-bad-response', 'shared-bad-file'].includes(code);
}

/** What was being done when it failed: a sync (whose changes wait here), a publish, or opening a project. */
export type SharingStep = 'sync' | 'publish' | 'open';

/** The sentence for a failure of the server or of the file, by code. */
export function describeSharingFailure(code: SharingFailureCode, step: SharingStep = 'sync'): string {
  switch (code) {
    case 'ldp-unreachable':
      return step === 'sync'
        ? msg('You are offline or the server cannot be reached; your work is kept here and will be sent when you sync again.')
        : msg('You are offline or the server cannot be reached. Try again once you are online.');
    case 'ldp-refused':
      return msg('The server refused: sign in, or ask the owner of the folder to give you access.');
    case 'ldp-not-found':
      return msg('There is nothing at this address on the server: it may have been moved or deleted.');
    case 'ldp-changed-meanwhile':
      return msg('The project kept changing on the server while it was being synced. Try again in a moment.');
    case 'ldp-status':
      return msg('The server could not do it and answered with an error. Try again later, or ask whoever runs the server.');
    case 'ldp-bad-response':
      return msg('The server’s answer could not be understood. Is this the address of a Solid server?');
    case 'shared-bad-file':
      return msg('The file on the server is not a Close Reader project Close Reader can read (it may be damaged, made by another program, or name an article this library does not have).');
  }
}

/** The sentence for a failed publish or open: its first problem, worded by code. */
export function describeSharingProblem(problem: Problem<string> | undefined, step: SharingStep): string {
  if (!problem) return msg('Something went wrong.');
  // Opening a project that would touch the reader's own reading (shared-project-open.ts's mayOpen).
  if (problem.code === 'shared-linked-elsewhere') {
    const url = String(problem.params['url'] ?? '');
    return msg(str`Your reading of this article is already shared as ${url}. Stop sharing it there first (on the article’s Share page), then open this project.`);
  }
  if (problem.code === 'shared-needs-consent') {
    return plural(Number(problem.params['mine'] ?? 0), {
      one: () => msg('Your own reading of this article already holds 1 annotation; opening the project would send it to the project with the next sync. Nothing was opened.'),
      other: (n) => msg(str`Your own reading of this article already holds ${n} annotations; opening the project would send them to the project with the next sync. Nothing was opened.`),
    });
  }
  return isSharingCode(problem.code) ? describeSharingFailure(problem.code, step) : describeProblem(problem);
}

/** "2 changes received" / "nothing received". */
function received(count: number): string {
  return plural(count, {
    zero: () => msg('nothing received'),
    one: () => msg('1 change received'),
    other: (n) => msg(str`${n} changes received`),
  });
}

/** "1 change sent" / "nothing sent". */
function sent(count: number): string {
  return plural(count, {
    zero: () => msg('nothing sent'),
    one: () => msg('1 change sent'),
    other: (n) => msg(str`${n} changes sent`),
  });
}

/** The outcome of a sync that went through or failed (conflicts are shown as their list, not a sentence). */
export function describeSyncOutcome(outcome: SyncOutcome): string {
  switch (outcome.kind) {
    case 'synced': {
      const at = formatDateTime(outcome.at);
      const got = received(outcome.received);
      const gave = sent(outcome.sent);
      return msg(str`Synced at ${at}: ${got}, ${gave}.`);
    }
    case 'conflicts':
      return plural(outcome.conflicts.length, {
        one: () => msg('Not synced yet: 1 annotation was changed on both sides. Choose which version to keep.'),
        other: (n) => msg(str`Not synced yet: ${n} annotations were changed on both sides. Choose which version to keep.`),
      });
    case 'failed': {
      const why = describeSharingFailure(outcome.code, 'sync');
      return msg(str`Not synced. ${why}`);
    }
  }
}

/** "3 changes not sent yet" / "Everything is sent". */
export function describePending(count: number): string {
  return plural(count, {
    zero: () => msg('Everything here is on the server.'),
    one: () => msg('1 change not sent yet.'),
    other: (n) => msg(str`${n} changes not sent yet.`),
  });
}

/**
 * How a shared project syncs, said where the reader consents and on the shared page: by "Sync now",
 * and once by itself when the connection comes back (sync-when-online.ts). The page must not claim less.
 */
export function describeHowItSyncs(): string {
  return msg('Sync now sends your changes and fetches the others’; when your connection comes back after being offline, Close Reader syncs once by itself.');
}
