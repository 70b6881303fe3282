import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

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

  it('describes every 4xx answer with the one ErrorBody schema', async () => {
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
          const schema = response.content?.['application/json']?.schema;
          expect(shape(schema), `${method} ${path} ${status}`).toEqual({
            properties: ['error', 'fields', 'message'],
            required: ['error', 'message'],
          });
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
