// The complaint every benchmark request submits: valid, synthetic, the same as the integration tests'.
export const BENCH_KOMMUNE = '259';

export const benchSubmission = {
  kind: 'complaint',
  area: 'hjaelpemidler',
  decisionDate: '2026-11-20',
  decisionReference: 'HJ-2026-0042',
  description: 'Jeg har fået afslag på en kørestol og forstår ikke begrundelsen.',
  name: 'Testperson Ensom',
  phone: '20 30 40 50',
  email: 'testperson@eksempel.invalid',
  preferredContactTime: 'morning',
  consent: true,
};
