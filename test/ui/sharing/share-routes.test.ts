/**
 * The sharing pages' routes (issue 18): `#/doc/<id>/share` and `#/shared` read as their routes and
 * are written back as themselves; a neighbour that is no page stays not found.
 */
import { expect } from '@open-wc/testing';
import { parseRoute, routeHash, type Route } from '../../../src/ui/shared/hash-route.js';

describe('the routes of the sharing pages', () => {
  const cases: { hash: string; route: Route }[] = [
    { hash: '#/doc/kelly-keine-massenabschiebungen/share', route: { name: 'article-share', id: 'kelly-keine-massenabschiebungen' } },
    { hash: '#/doc/kelly-keine-massenabschiebungen/share/', route: { name: 'article-share', id: 'kelly-keine-massenabschiebungen' } },
    { hash: '#/doc/%E0%A4%A/share', route: { name: 'not-found', hash: '#/doc/%E0%A4%A/share' } },
    { hash: '#/doc/kelly-keine-massenabschiebungen/shared', route: { name: 'not-found', hash: '#/doc/kelly-keine-massenabschiebungen/shared' } },
    { hash: '#/shared', route: { name: 'open-shared' } },
    { hash: '#/shared/', route: { name: 'open-shared' } },
    { hash: '#/shared/x', route: { name: 'not-found', hash: '#/shared/x' } },
  ];
  for (const { hash, route } of cases) {
    it(`reads "${hash}" as ${JSON.stringify(route)}`, () => {
      expect(parseRoute(hash)).to.deep.equal(route);
    });
  }

  it('writes both routes so that they read back as themselves', () => {
    const share: Route = { name: 'article-share', id: 'a b' };
    expect(routeHash(share)).to.equal('#/doc/a%20b/share');
    expect(parseRoute(routeHash(share))).to.deep.equal(share);
    expect(routeHash({ name: 'open-shared' })).to.equal('#/shared');
    expect(parseRoute('#/shared')).to.deep.equal({ name: 'open-shared' });
  });
});
