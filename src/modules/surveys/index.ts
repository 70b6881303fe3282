// The surveys module's public surface: what the effect dashboard and the public pages (insight) read.
export {
  MIN_GROUP_SIZE,
  PULSE_QUESTIONS,
  type PulseQuestion,
  SURVEY_QUESTIONS,
  type SurveyQuestion,
} from '../../core/surveys.js';
export { type DecisionVolume, decisionsByAreaMonth } from './decisions.js';
export { type PulseResult, releasedPulse } from './pulse.js';
export { responseTotals, type SatisfactionScope, satisfactionTotals } from './queries.js';
export { remindSurveys, requestSurveys, surveyToken } from './survey.js';
