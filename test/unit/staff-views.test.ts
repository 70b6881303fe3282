// The modules' views (components) and pages (menu entries) agree: every page has a view on its own path, and
// every sub-route lies inside its page's section, so the route guard (navigation.ts) covers it.
import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../web/src/app/navigation.js';
import { STAFF_PAGES } from '../../web/src/app/pages.js';
import { STAFF_VIEWS } from '../../web/src/app/views.js';

describe('staff views', () => {
  it.each(STAFF_PAGES.map((p) => [p.path, p] as const))('gives %s a view on its own path', (_path, page) => {
    expect(STAFF_VIEWS.some((v) => v.page === page && !v.match)).toBe(true);
  });

  it.each(STAFF_VIEWS.filter((v) => v.match).map((v) => [v.match, v] as const))(
    'keeps the sub-route %s inside its page, guarded by the same rule',
    (pattern, view) => {
      expect(sectionOf(pattern ?? '')).toBe(view.page);
    },
  );

  it('routes only pages that are in the menu', () => {
    for (const view of STAFF_VIEWS) expect(STAFF_PAGES).toContain(view.page);
  });
});
