import { Type } from 'typebox';

/**
 * The body of every 4xx and 5xx answer of the API, in the caller's language: a stable code, a sentence, and for a
 * refused form or body one message per field. The one schema every route's error responses use.
 */
export const ErrorBody = Type.Object({
  error: Type.String({ description: 'A stable code, e.g. validation, not_found, idempotency_conflict' }),
  message: Type.String({ description: "A sentence in the caller's language (Danish by default)" }),
  fields: Type.Optional(
    Type.Record(Type.String(), Type.String(), { description: 'One message per refused field' }),
  ),
});

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

export const notFound = (message = 'common.request.notFound') => new HttpError(404, 'not_found', message);
export const unauthorized = () => new HttpError(401, 'unauthorized', 'common.unauthorized');
export const forbidden = () => new HttpError(403, 'forbidden', 'common.forbiddenAction');
export const conflict = (code: string, message: string, params?: Record<string, string | number>) =>
  new HttpError(409, code, message, undefined, params);
export const badRequest = (message: string, fields?: Record<string, string>) =>
  new HttpError(400, 'validation', message, fields);
