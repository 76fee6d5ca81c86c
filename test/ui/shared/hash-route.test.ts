import { expect } from '@open-wc/testing';
import { parseRoute, routeHash, type Route } from '../../../src/ui/shared/hash-route.js';

describe('routes in the URL hash', () => {
  const cases: { hash: string; route: Route }[] = [
    { hash: '', route: { name: 'library' } },
    { hash: '#', route: { name: 'library' } },
    { hash: '#/', route: { name: 'library' } },
    { hash: '#/doc/zweierlei-solidaritaet', route: { name: 'article', id: 'zweierlei-solidaritaet' } },
    { hash: '#/doc/zweierlei-solidaritaet/', route: { name: 'article', id: 'zweierlei-solidaritaet' } },
    { hash: '#/doc/', route: { name: 'not-found', hash: '#/doc/' } },
    { hash: '#/settings', route: { name: 'not-found', hash: '#/settings' } },
    { hash: '#/add', route: { name: 'add-document' } },
    { hash: '#/schemes', route: { name: 'schemes' } },
    { hash: '#/doc/%E0%A4%A', route: { name: 'not-found', hash: '#/doc/%E0%A4%A' } },
    { hash: '#/assignment/6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b', route: { name: 'assignment', id: '6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b' } },
    { hash: '#/assignment/', route: { name: 'not-found', hash: '#/assignment/' } },
    { hash: '#/assignment/6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b/class', route: { name: 'class', id: '6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b' } },
    { hash: '#/assignment/6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b/present/', route: { name: 'present', id: '6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b' } },
    { hash: '#/statistics', route: { name: 'statistics' } },
    { hash: '#/statistics/', route: { name: 'statistics' } },
    { hash: '#/doc/zweierlei-solidaritaet/statistics', route: { name: 'article-statistics', id: 'zweierlei-solidaritaet' } },
    { hash: '#/doc/zweierlei-solidaritaet/statistics/', route: { name: 'article-statistics', id: 'zweierlei-solidaritaet' } },
    { hash: '#/doc/%E0%A4%A/statistics', route: { name: 'not-found', hash: '#/doc/%E0%A4%A/statistics' } },
    { hash: '#/doc/zweierlei-solidaritaet/charts', route: { name: 'not-found', hash: '#/doc/zweierlei-solidaritaet/charts' } },
    { hash: '#/assignment/6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b/statistics', route: { name: 'assignment-statistics', id: '6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b' } },
    { hash: '#/assignment/6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b/grades', route: { name: 'not-found', hash: '#/assignment/6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b/grades' } },
  ];
  for (const { hash, route } of cases) {
    it(`reads "${hash}" as ${JSON.stringify(route)}`, () => {
      expect(parseRoute(hash)).to.deep.equal(route);
    });
  }

  it('writes an article route that reads back as itself', () => {
    const route: Route = { name: 'article', id: 'ice-einsatz-minneapolis' };
    expect(routeHash(route)).to.equal('#/doc/ice-einsatz-minneapolis');
    expect(parseRoute(routeHash(route))).to.deep.equal(route);
  });

  it('writes the class view’s and the presentation’s routes so that they read back as themselves', () => {
    for (const name of ['class', 'present'] as const) {
      const route: Route = { name, id: 'a b' };
      expect(routeHash(route)).to.equal(`#/assignment/a%20b/${name}`);
      expect(parseRoute(routeHash(route))).to.deep.equal(route);
    }
  });

  it('writes the three statistics routes so that they read back as themselves', () => {
    const routes: [Route, string][] = [
      [{ name: 'statistics' }, '#/statistics'],
      [{ name: 'article-statistics', id: 'a b' }, '#/doc/a%20b/statistics'],
      [{ name: 'assignment-statistics', id: 'a b' }, '#/assignment/a%20b/statistics'],
    ];
    for (const [route, hash] of routes) {
      expect(routeHash(route)).to.equal(hash);
      expect(parseRoute(hash)).to.deep.equal(route);
    }
  });

  it('writes an assignment route that reads back as itself', () => {
    const route: Route = { name: 'assignment', id: '6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b' };
    expect(routeHash(route)).to.equal('#/assignment/6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b');
    expect(parseRoute(routeHash(route))).to.deep.equal(route);
  });
});
