/**
 * What the Solid sign-in (issue 18, src/app/sync/solid-session.ts) decides before and after the
 * browser flow, which the end-to-end test drives: which typed addresses are a server to sign in at,
 * and where an account's storage is, read from a profile as a real Community Solid Server sends it
 * (and from the JSON-LD shapes a profile may take). Runs under node:test:
 *   node --import tsx --test test/app/sync/solid-session.node.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { StartOnce, issuerUrl, storageOf } from '../../../src/app/sync/solid-session.js';
import { LdpClient } from '../../../src/app/sync/ldp-client.js';
import { type SolidServer, createSolidAccount, startSolidServer } from '../../support/solid-server.js';

describe('the server address a reader types', () => {
  const cases: readonly (readonly [string, string | undefined])[] = [
    ['https://solid.school.example/', 'https://solid.school.example/'],
    ['  https://solid.school.example  ', 'https://solid.school.example/'],
    ['solid.school.example', 'https://solid.school.example/'],
    ['http://localhost:3000', 'http://localhost:3000/'],
    ['localhost:3000', 'https://localhost:3000/'],
    ['https://pod.example/idp/', 'https://pod.example/idp/'],
    ['ftp://solid.school.example/', undefined],
    ['mailto:teacher@school.example', undefined],
    ['', undefined],
    ['https://', undefined],
    ['javascript:alert(1)', undefined],
  ];
  for (const [typed, expected] of cases) {
    it(`"${typed}" → ${expected ?? 'refused'}`, () => assert.equal(issuerUrl(typed), expected));
  }
});

describe('the session starts once, but a failed start is tried again', () => {
  it('a start that failed (the library did not load) is not kept: the next call starts again, and a success is shared', async () => {
    const outcomes = [new Error('the chunk did not load'), 'session'];
    let starts = 0;
    const once = new StartOnce(() => {
      const outcome = outcomes[starts++];
      return outcome instanceof Error ? Promise.reject(outcome) : Promise.resolve(outcome!);
    });
    await assert.rejects(once.get(), /the chunk did not load/);
    assert.equal(once.started(), undefined);
    assert.equal(await once.get(), 'session');
    assert.equal(await once.get(), 'session');
    assert.deepEqual([starts, once.started() === once.get()], [2, true]);
  });
});

describe("an account's storage, from its profile", () => {
  const webId = 'https://pod.example/kim/profile/card#me';
  it('is the pim:storage of the WebID in expanded JSON-LD, with a slash added', () => {
    const profile = JSON.stringify([{ '@id': webId, 'http://www.w3.org/ns/pim/space#storage': [{ '@id': 'https://storage.example/kim' }] }]);
    assert.equal(storageOf(profile, webId), 'https://storage.example/kim/');
  });
  it('is found in a @graph, and only on the WebID’s own node', () => {
    const profile = JSON.stringify({
      '@graph': [
        { '@id': 'https://pod.example/other#me', 'http://www.w3.org/ns/pim/space#storage': { '@id': 'https://wrong.example/' } },
        { '@id': webId, 'http://www.w3.org/ns/pim/space#storage': { '@id': 'https://storage.example/kim/' } },
      ],
    });
    assert.equal(storageOf(profile, webId), 'https://storage.example/kim/');
  });
  it('is unknown for a profile without it or one that is no JSON', () => {
    assert.equal(storageOf(JSON.stringify([{ '@id': webId }]), webId), undefined);
    assert.equal(storageOf('<#me> a foaf:Person.', webId), undefined);
  });

  describe('on a real Community Solid Server', () => {
    let server: SolidServer;
    before(async () => {
      server = await startSolidServer();
    });
    after(() => server.stop());

    it('the profile of a new account names its pod as storage, or the pod is the folder above the profile', async () => {
      const account = await createSolidAccount(server, 'kim');
      const profile = await new LdpClient().get(account.webId.split('#')[0]!);
      assert.ok(profile.ok);
      const storage = storageOf(profile.value.body, account.webId) ?? new URL('../', account.webId).href;
      assert.equal(storage, account.podUrl);
      assert.equal(account.podUrl, `${server.baseUrl}kim/`);
    });
  });
});
