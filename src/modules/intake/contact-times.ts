// When the citizen would rather be called; shared by the server's schemas and the staff app's form.
export const CONTACT_TIMES = ['any', 'morning', 'midday', 'afternoon'] as const;
export type ContactTime = (typeof CONTACT_TIMES)[number];
