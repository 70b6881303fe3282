// What the synthetic citizens write, and the reasons staff give on transitions. Demo content in Danish
// (the language of the cases themselves), not user interface text.
import type { CaseKind, CaseState } from '../../../core/workflow.js';
import type { Random } from './random.js';

const DESCRIPTIONS: Record<CaseKind, readonly ((area: string) => string)[]> = {
  complaint: [
    (a) => `Jeg klager over afgørelsen om ${a}. Jeg mener ikke, at min situation er vurderet rigtigt.`,
    (a) => `Jeg har fået afslag vedrørende ${a} og forstår ikke begrundelsen i brevet.`,
    (a) => `Afgørelsen om ${a} bygger på oplysninger, der ikke er korrekte. Jeg vil have den vurderet igen.`,
    (a) => `Jeg er uenig i afgørelsen om ${a}, fordi der ikke er taget hensyn til mit helbred.`,
    (a) => `Jeg klager over, at min ansøgning om ${a} er afvist uden at nogen har talt med mig.`,
  ],
  grievance: [
    (a) => `Jeg har ventet i flere uger på svar i min sag om ${a} og har ikke hørt noget.`,
    (a) => `Jeg blev ikke ringet op som lovet, da jeg henvendte mig om ${a}.`,
    (a) => `Brevet om ${a} var meget langt og svært at forstå, og ingen kunne forklare det.`,
    (a) => `Jeg oplevede en ubehagelig tone ved skranken, da jeg spurgte til ${a}.`,
    (a) => `Jeg er blevet sendt rundt mellem flere afdelinger i min sag om ${a}.`,
  ],
  inquiry: [
    (a) => `Jeg vil gerne vide, hvordan reglerne for ${a} gælder i min situation.`,
    (a) => `Hvornår kan jeg forvente en afgørelse i min sag om ${a}?`,
    (a) => `Jeg har brug for hjælp til at forstå, hvad jeg skal sende ind vedrørende ${a}.`,
    (a) => `Kan I ringe mig op om ${a}? Jeg har nogle spørgsmål til brevet.`,
  ],
};

export function description(rng: Random, kind: CaseKind, areaName: string): string {
  return rng.pick(DESCRIPTIONS[kind])(areaName.toLowerCase());
}

/** Reasons for the transitions that must carry one (see REASON_REQUIRED in core/workflow.ts). */
const REASONS: Partial<Record<CaseState, readonly string[]>> = {
  resolved: [
    'Afklaret i samtalen; borgeren forstår nu afgørelsen.',
    'Misforståelse opklaret, og borgeren er tilfreds.',
    'Aftalerne er holdt.',
  ],
  withdrawn: [
    'Borgeren trækker klagen tilbage efter samtalen.',
    'Borgeren har fået svar på sine spørgsmål.',
    'Borgeren ønsker ikke at gå videre med sagen.',
  ],
  maintained: ['Borgeren fastholder klagen efter samtalen.', 'Borgeren ønsker en formel behandling.'],
  reopened: ['Utilfreds svar i tilfredshedsundersøgelsen.', 'Borgeren har henvendt sig igen.'],
  closed: ['Sagen lukkes.'],
};

export function reasonFor(rng: Random, to: CaseState): string | undefined {
  const list = REASONS[to];
  return list ? rng.pick(list) : undefined;
}
