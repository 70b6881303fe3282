// The table of every /api/v1 route, as the app registered it, with what each declares about itself. The access
// matrix and the audit-completeness tests walk it, so a new route cannot slip past them unreviewed.
import type { App } from './context.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route answers with a citizen's personal data (names, contact details, case text, notes). Such a
     * route must write an audit row on every answer (who, when, what, purpose, address).
     */
    personalData?: boolean;
  }
}

export interface ApiRoute {
  method: string;
  url: string;
  personalData: boolean;
}

const tables = new WeakMap<object, ApiRoute[]>();

/** Records every /api/v1 route from here on; call before the routes are registered. */
export function collectApiRoutes(app: App): void {
  const table: ApiRoute[] = [];
  tables.set(app, table);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue; // Fastify adds HEAD beside every GET
      table.push({ method, url: route.url, personalData: route.config?.personalData === true });
    }
  });
}

/** The /api/v1 routes of a built app. */
export function apiRoutes(app: App): readonly ApiRoute[] {
  return tables.get(app) ?? [];
}
