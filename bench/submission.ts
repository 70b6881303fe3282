// The complaint every benchmark request submits: valid, synthetic, the same as the integration tests'.
import { validSubmission } from '../test/support/submission.js';

export const BENCH_KOMMUNE = '259';

export const benchSubmission = validSubmission();
