import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

interface Operation {
  operationId?: string;
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
}
interface OpenApiDoc {
  info: { license?: unknown };
  servers?: unknown;
  paths: Record<string, Record<string, Operation>>;
}
const operations = (doc: OpenApiDoc) =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method, op })),
  );

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 at /api/docs/json and documents the public and staff API', async () => {
    const res = await h.app.inject({ url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      openapi: string;
      paths: Record<string, Record<string, { summary?: string }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const [path, method] of [
      ['/api/v1/kommuner/{kommunekode}/cases', 'post'],
      ['/api/v1/kommuner/{kommunekode}/areas', 'get'],
      ['/api/v1/kommuner/{kommunekode}/calendar/add-working-days', 'get'],
      ['/api/v1/track/{token}', 'get'],
      ['/api/v1/auth/token', 'post'],
      ['/api/v1/cases', 'get'],
      ['/api/v1/cases/{caseNumber}', 'get'],
      ['/api/v1/cases/{caseNumber}/contact-attempts', 'post'],
      ['/api/v1/cases/{caseNumber}/conversation', 'put'],
      ['/api/v1/cases/{caseNumber}/agreements', 'post'],
      ['/api/v1/cases/{caseNumber}/transitions', 'post'],
      ['/api/v1/staff/cases', 'post'],
      ['/healthz', 'get'],
    ] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    // Every documented operation says what it does.
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (path.startsWith('/api/v1')) expect(op.summary, `${method} ${path}`).toBeTruthy();
      }
    }
  });

  it('names every operation once, declares its security and documents its errors', async () => {
    const doc = (await h.app.inject({ url: '/api/docs/json' })).json() as OpenApiDoc;
    expect(doc.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    expect(doc.servers).toEqual([{ url: h.ctx.config.publicUrl }]);
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(25);
    expect(new Set(ops.map((o) => o.op.operationId)).size).toBe(ops.length);
    expect(
      ops.find((o) => o.path === '/api/v1/cases/{caseNumber}/transitions' && o.method === 'post')?.op,
    ).toMatchObject({ operationId: 'postCasesByCaseNumberTransitions' });
    for (const { method, path, op } of ops) {
      expect(op.security, `${method} ${path}`).toBeDefined();
      if (path.startsWith('/api/v1')) {
        expect(
          Object.keys(op.responses).some((c) => c.startsWith('4')),
          `${method} ${path}`,
        ).toBe(true);
      }
      if (op.security!.length > 0) {
        expect(op.responses['401'], `${method} ${path}`).toMatchObject({ content: expect.anything() });
      }
    }
  });

  it('keeps the document honest: staff operations refuse anonymous callers with 401, public ones never do', async () => {
    const doc = (await h.app.inject({ url: '/api/docs/json' })).json() as OpenApiDoc;
    const staff: string[] = [];
    for (const { method, path, op } of operations(doc)) {
      const url = path.replace(/\{[^}]+\}/g, 'x');
      const res = await h.app.inject({
        method: method.toUpperCase() as 'GET',
        url,
        ...(['post', 'put', 'patch'].includes(method) ? { payload: {} } : {}),
      });
      const secured = op.security!.length > 0;
      if (secured) staff.push(`${method} ${path}`);
      expect(res.statusCode === 401, `${method} ${path} answered ${res.statusCode}`).toBe(secured);
    }
    expect(staff).toContain('post /api/v1/cases/{caseNumber}/transitions');
    expect(staff).toContain('get /api/v1/auth/me');
  });

  it('describes every 4xx answer with the one ErrorBody schema (a conflict may add the list it refuses on)', async () => {
    type Response = { content?: Record<string, { schema?: unknown }> };
    const doc = (await h.app.inject({ url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, Response> }>>;
    };
    const shape = (s: unknown) => {
      const o = s as { properties?: Record<string, unknown>; required?: string[] };
      return { properties: Object.keys(o.properties ?? {}).sort(), required: [...(o.required ?? [])].sort() };
    };
    let seen = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const [status, response] of Object.entries(op.responses ?? {})) {
          if (!/^4\d\d$/.test(status)) continue;
          seen++;
          // JSON, or the route's own media type where it declares one (a CSV export): the same ErrorBody.
          const schema = Object.values(response.content ?? {})[0]?.schema;
          const { properties, required } = shape(schema);
          const extra = properties.filter((p) => !['error', 'fields', 'message'].includes(p));
          expect(
            { properties: properties.filter((p) => !extra.includes(p)), required },
            `${method} ${path} ${status}`,
          ).toEqual({
            properties: ['error', 'fields', 'message'],
            required: ['error', 'message'],
          });
          // Only a conflict may carry more, and only optional lists (the participation close: what is missing).
          if (extra.length > 0) expect(status, `${method} ${path} ${status} adds ${extra}`).toBe('409');
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
    const intake = doc.paths['/api/v1/kommuner/{kommunekode}/cases']?.post?.responses ?? {};
    expect(Object.keys(intake)).toEqual(expect.arrayContaining(['400', '413', '415', '422', '429']));
  });

  it('leaves the citizen HTML pages out of the API document', async () => {
    const doc = (await h.app.inject({ url: '/api/docs/json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/k/') || p.startsWith('/spor'))).toEqual([]);
  });

  it('serves the interactive documentation at /api/docs', async () => {
    const res = await h.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });

  it('answers health checks', async () => {
    expect((await h.app.inject({ url: '/healthz' })).json()).toEqual({
      status: 'ok',
      engine: h.ctx.dbh.engine,
    });
  });
});
