// Words for the learning module's codes; an unknown code shows as itself.
import type { Translate } from '../../../i18n/index.js';

function label(t: Translate, key: string, code: string): string {
  const text = t(key);
  return text === key ? code : text;
}

/** The conversation guide's phases are named by the guide itself. */
export const phaseLabel = (t: Translate, phase: string) => label(t, `dialogue.phase.${phase}.title`, phase);
export const causeLabel = (t: Translate, cause: string) => label(t, `dialogue.guide.cause.${cause}`, cause);
export const outcomeLabel = (t: Translate, outcome: string) =>
  label(t, `learning.ui.outcome.${outcome}`, outcome);
export const kindLabel = (t: Translate, kind: string) => label(t, `learning.ui.kind.${kind}`, kind);
export const fieldLabel = (t: Translate, field: string) => label(t, `learning.ui.field.${field}`, field);
export const sessionKindLabel = (t: Translate, kind: string) => label(t, `learning.ui.session.${kind}`, kind);
