/**
 * Routes of the app, read from the URL's hash so that links can be shared and back, forward and
 * reload work on any static host (no server rewrite needed): `#/` the library, `#/doc/<id>` an
 * article.
 */

/** Where the reader is. */
export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'article'; readonly id: string }
  | { readonly name: 'not-found'; readonly hash: string };

/** The route a location hash names. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'library' };
  const match = /^\/doc\/([^/?#]+)\/?$/.exec(path);
  if (match) {
    try {
      return { name: 'article', id: decodeURIComponent(match[1]!) };
    } catch {
      return { name: 'not-found', hash };
    }
  }
  return { name: 'not-found', hash };
}

/** The hash that names a route. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'article':
      return `#/doc/${encodeURIComponent(route.id)}`;
    case 'not-found':
      return route.hash;
  }
}
