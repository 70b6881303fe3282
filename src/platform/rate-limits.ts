// Per-client-address limits on the public (unauthenticated) routes. Submissions have their own, configurable
// limit (INTAKE_RATE_LIMIT); reads are generous for a citizen and still stop a script that guesses tokens.
export const PUBLIC_READ_LIMIT = { rateLimit: { max: 120, timeWindow: '1 minute' } } as const;

export const submissionLimit = (perMinute: number) => ({
  rateLimit: { max: perMinute, timeWindow: '1 minute' },
});
