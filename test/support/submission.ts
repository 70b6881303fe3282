// A valid, synthetic citizen complaint (no real person): the integration tests' and the benchmark's request body.
export const validSubmission = (over: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  area: 'hjaelpemidler',
  decisionDate: '2026-11-20',
  decisionReference: 'HJ-2026-0042',
  description: 'Jeg har fået afslag på en kørestol og forstår ikke begrundelsen.',
  name: 'Testperson Ensom',
  phone: '20 30 40 50',
  email: 'testperson@eksempel.invalid',
  preferredContactTime: 'morning',
  ...over,
});
