/**
 * The wording of a shared project's sync (issue 18, sync-messages.ts) where no page test reaches it
 * without a server that serves a broken file: a file on the server that Close Reader cannot read as
 * a project is said as such, after "Not synced.", in English and German; and how a project syncs
 * (by Sync now, and once by itself when the connection comes back) is said in both; opening a project
 * refused because the reader's own reading is shared elsewhere, or holds annotations, says which.
 */
import { expect } from '@open-wc/testing';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { describeHowItSyncs, describeSharingFailure, describeSharingProblem, describeSyncOutcome } from '../../../src/ui/sharing/sync-messages.js';

describe('the wording of a shared project’s sync', () => {
  afterEach(async () => {
    await applyLocale('en');
  });

  it('says a file on the server it cannot read is no project it can read (en)', async () => {
    await applyLocale('en');
    expect(describeSyncOutcome({ kind: 'failed', code: 'shared-bad-file', message: 'not JSON' })).to.equal(
      'Not synced. The file on the server is not a Close Reader project Close Reader can read (it may be damaged, made by another program, or name an article this library does not have).',
    );
    expect(describeSharingFailure('shared-bad-file', 'open')).to.equal(
      'The file on the server is not a Close Reader project Close Reader can read (it may be damaged, made by another program, or name an article this library does not have).',
    );
    expect(describeHowItSyncs()).to.equal('Sync now sends your changes and fetches the others’; when your connection comes back after being offline, Close Reader syncs once by itself.');
  });

  it('says why opening a project was refused: the reading is shared elsewhere, or holds annotations of the reader’s', async () => {
    await applyLocale('en');
    const elsewhere = { code: 'shared-linked-elsewhere', params: { url: 'https://solid.example/ada/p' }, message: '' };
    expect(describeSharingProblem(elsewhere, 'open')).to.equal(
      'Your reading of this article is already shared as https://solid.example/ada/p. Stop sharing it there first (on the article’s Share page), then open this project.',
    );
    const mine = (n: number) => describeSharingProblem({ code: 'shared-needs-consent', params: { mine: n }, message: '' }, 'open');
    expect(mine(1)).to.equal('Your own reading of this article already holds 1 annotation; opening the project would send it to the project with the next sync. Nothing was opened.');
    expect(mine(12)).to.equal('Your own reading of this article already holds 12 annotations; opening the project would send them to the project with the next sync. Nothing was opened.');
    await applyLocale('de');
    expect(describeSharingProblem(elsewhere, 'open')).to.equal(
      'Ihre Lesart dieses Artikels ist schon als https://solid.example/ada/p geteilt. Beenden Sie das Teilen dort zuerst (auf der Teilen-Seite des Artikels) und öffnen Sie dann dieses Projekt.',
    );
    expect(mine(12)).to.equal(
      'Ihre eigene Lesart dieses Artikels enthält schon 12 Anmerkungen; wenn Sie das Projekt öffnen, würden sie mit der nächsten Synchronisierung an das Projekt gesendet. Es wurde nichts geöffnet.',
    );
  });

  it('says it in German', async () => {
    await applyLocale('de');
    expect(describeSyncOutcome({ kind: 'failed', code: 'shared-bad-file', message: 'not JSON' })).to.equal(
      'Nicht synchronisiert. Die Datei auf dem Server ist kein Close-Reader-Projekt, das Close Reader lesen kann (sie ist vielleicht beschädigt, stammt von einem anderen Programm oder nennt einen Artikel, den diese Bibliothek nicht hat).',
    );
    expect(describeHowItSyncs()).to.equal(
      '„Jetzt synchronisieren“ sendet Ihre Änderungen und holt die der anderen; wenn Ihre Verbindung nach einer Zeit offline zurückkommt, synchronisiert Close Reader einmal von selbst.',
    );
  });
});
