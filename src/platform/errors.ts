/** An error with an HTTP status and a stable code; `fields` carries per-field messages for forms. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (message = 'Ikke fundet') => new HttpError(404, 'not_found', message);
export const unauthorized = () => new HttpError(401, 'unauthorized', 'Log ind for at fortsætte');
export const forbidden = () => new HttpError(403, 'forbidden', 'Du har ikke adgang til dette');
export const conflict = (code: string, message: string) => new HttpError(409, code, message);
export const badRequest = (message: string, fields?: Record<string, string>) =>
  new HttpError(400, 'validation', message, fields);
