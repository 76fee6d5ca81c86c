/**
 * Routes of the app, read from the URL's hash so that links can be shared and back, forward and
 * reload work on any static host (no server rewrite needed): `#/` the library, `#/doc/<id>` an
 * article, `#/add` adding one's own document, `#/schemes` the category schemes, `#/assignment/<id>`
 * an assignment (the teacher's page, or a student's work on it), `#/assignment/<id>/class` the class
 * view of its hand-ins and `#/assignment/<id>/present` the same for a projector; `#/statistics`,
 * `#/doc/<id>/statistics` and `#/assignment/<id>/statistics` the statistics of the library, of an
 * article and of an assignment's class (issue 17); `#/doc/<id>/share` sharing the reader's own reading
 * of an article through a Solid server and `#/shared` opening a project someone shared (issue 18).
 */

/** Where the reader is. */
export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'add-document' }
  | { readonly name: 'schemes' }
  | { readonly name: 'article'; readonly id: string }
  | { readonly name: 'assignment'; readonly id: string }
  | { readonly name: 'class'; readonly id: string }
  | { readonly name: 'present'; readonly id: string }
  | { readonly name: 'statistics' }
  | { readonly name: 'article-statistics'; readonly id: string }
  | { readonly name: 'assignment-statistics'; readonly id: string }
  | { readonly name: 'article-share'; readonly id: string }
  | { readonly name: 'open-shared' }
  | { readonly name: 'not-found'; readonly hash: string };

/** The route a location hash names. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'library' };
  if (path === '/add' || path === '/add/') return { name: 'add-document' };
  if (path === '/schemes' || path === '/schemes/') return { name: 'schemes' };
  if (path === '/statistics' || path === '/statistics/') return { name: 'statistics' };
  if (path === '/shared' || path === '/shared/') return { name: 'open-shared' };
  const match = /^\/(doc|assignment)\/([^/?#]+)\/?$/.exec(path);
  if (match) {
    try {
      return { name: match[1] === 'doc' ? 'article' : 'assignment', id: decodeURIComponent(match[2]!) };
    } catch {
      return { name: 'not-found', hash };
    }
  }
  const classMatch = /^\/assignment\/([^/?#]+)\/(class|present|statistics)\/?$/.exec(path);
  if (classMatch) {
    try {
      const name = classMatch[2] === 'statistics' ? 'assignment-statistics' : classMatch[2] === 'class' ? 'class' : 'present';
      return { name, id: decodeURIComponent(classMatch[1]!) };
    } catch {
      return { name: 'not-found', hash };
    }
  }
  const articlePageMatch = /^\/doc\/([^/?#]+)\/(statistics|share)\/?$/.exec(path);
  if (articlePageMatch) {
    try {
      return { name: articlePageMatch[2] === 'share' ? 'article-share' : 'article-statistics', id: decodeURIComponent(articlePageMatch[1]!) };
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
    case 'add-document':
      return '#/add';
    case 'schemes':
      return '#/schemes';
    case 'article':
      return `#/doc/${encodeURIComponent(route.id)}`;
    case 'assignment':
      return `#/assignment/${encodeURIComponent(route.id)}`;
    case 'class':
      return `#/assignment/${encodeURIComponent(route.id)}/class`;
    case 'present':
      return `#/assignment/${encodeURIComponent(route.id)}/present`;
    case 'statistics':
      return '#/statistics';
    case 'article-statistics':
      return `#/doc/${encodeURIComponent(route.id)}/statistics`;
    case 'assignment-statistics':
      return `#/assignment/${encodeURIComponent(route.id)}/statistics`;
    case 'article-share':
      return `#/doc/${encodeURIComponent(route.id)}/share`;
    case 'open-shared':
      return '#/shared';
    case 'not-found':
      return route.hash;
  }
}
