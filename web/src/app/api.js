import { currentLocale } from './i18n.js';
export class ApiError extends Error {
    status;
    code;
    fields;
    constructor(status, code, message, fields) {
        super(message);
        this.status = status;
        this.code = code;
        this.fields = fields;
    }
}
let csrfToken = null;
let unauthorizedHandler = null;
/** Remember the token from /auth/me or /auth/login; writes must echo it. */
export function setCsrfToken(token) {
    csrfToken = token;
}
/** Called when any request answers 401 (session expired): the app sends the user to the login page. */
export function onUnauthorized(handler) {
    unauthorizedHandler = handler;
}
export async function api(method, path, body) {
    const headers = { accept: 'application/json', 'accept-language': currentLocale() };
    if (body !== undefined)
        headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken)
        headers['x-csrf-token'] = csrfToken;
    const res = await fetch(`/api/v1${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status === 204)
        return undefined;
    const data = await res.json().catch(() => null);
    if (!res.ok) {
        const err = (data ?? {});
        if (res.status === 401 && !path.startsWith('/auth/'))
            unauthorizedHandler?.();
        throw new ApiError(res.status, err.error ?? 'error', err.message ?? res.statusText, err.fields);
    }
    return data;
}
/** Query string from the filled-in values only. */
export function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
        if (v === undefined || v === '' || v === false)
            continue;
        q.set(k, String(v));
    }
    const s = q.toString();
    return s ? `?${s}` : '';
}
/** The server's message for a refusal (already in the user's language); a generic one for a failure. */
export function refusalText(t, e) {
    return e instanceof ApiError && e.status < 500 ? e.message : t('common.error');
}
//# sourceMappingURL=api.js.map