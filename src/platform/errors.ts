/**
 * An error with an HTTP status and a stable code; `fields` carries per-field messages for forms.
 * `message` and field messages may be i18n keys: the error handler translates them to the caller's language.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }
}

export const notFound = (message = 'common.http.notFound') => new HttpError(404, 'not_found', message);
export const unauthorized = () => new HttpError(401, 'unauthorized', 'common.http.unauthorized');
export const forbidden = () => new HttpError(403, 'forbidden', 'common.http.forbidden');
export const conflict = (code: string, message: string, params?: Record<string, string | number>) =>
  new HttpError(409, code, message, undefined, params);
export const badRequest = (message: string, fields?: Record<string, string>) =>
  new HttpError(400, 'validation', message, fields);
