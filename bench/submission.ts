// The complaint every benchmark request submits: valid, synthetic, the same as the integration tests'. Its
// description carries autocannon's [<id>], so each request is a new complaint rather than one sent again
// (intake answers a resubmission with the first case).
import { validSubmission } from '../test/support/submission.js';

export const BENCH_KOMMUNE = '259';

export const benchSubmission = validSubmission({
  description: 'Jeg har fået afslag på en kørestol og forstår ikke begrundelsen. [<id>]',
});
