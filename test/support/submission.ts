// A valid, synthetic citizen complaint (no real person): the integration tests' and the benchmark's request body.
// Each call is a new complaint — its description is numbered — since intake takes the same complaint sent again
// within a day for the first one; pass `description` to send one again.
let serial = 0;

export const validSubmission = (over: Record<string, unknown> = {}) => ({
  kind: 'complaint',
  area: 'hjaelpemidler',
  decisionDate: '2026-11-20',
  decisionReference: 'HJ-2026-0042',
  description: `Jeg har fået afslag på en kørestol og forstår ikke begrundelsen. (${++serial})`,
  name: 'Testperson Ensom',
  phone: '20 30 40 50',
  email: 'testperson@eksempel.invalid',
  preferredContactTime: 'morning',
  ...over,
});
