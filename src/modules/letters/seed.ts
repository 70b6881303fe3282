// The built-in letter templates and officialese list, in plain Danish (klarsprog): the demo seed gives every
// kommune a copy to edit, and a kommune without its own gets these. Placeholders ({{citizenName}}, …) are filled
// from the case when a letter is made; what is in [square brackets] is for the caseworker to write.
import { kommuner } from '../../adapters/db/schema.js';
import type { LetterKind, LetterSection } from '../../core/letters.js';
import type { OfficialesePhrase } from '../../core/plain-language.js';
import type { AppContext } from '../../platform/context.js';
import { letterSettings, letterTemplates } from './tables.js';

export interface TemplateContent {
  title: string;
  sections: LetterSection[];
}

const appealGuidance: LetterSection = {
  key: 'appeal_guidance',
  heading: 'Hvis du vil klage',
  body:
    'Du kan klage over afgørelsen. Du skal klage inden 4 uger fra den dag, du fik dette brev.\n\n' +
    'Send din klage til os. Du kan ringe, skrive i Digital Post eller bruge formularen på kommunens hjemmeside. ' +
    'Skriv sagsnummer {{caseNumber}}.\n\n' +
    'Vi ser på sagen igen. Hvis vi ikke giver dig ret, sender vi din klage videre til Ankestyrelsen. ' +
    'Det gør vi inden 4 uger.',
};

const decisionSections = (result: string): LetterSection[] => [
  { key: 'result', heading: 'Vores afgørelse', body: result },
  {
    key: 'legal_basis',
    heading: 'Regler, vi har brugt',
    body: 'Vi har truffet afgørelsen efter [skriv reglen, fx serviceloven § 112].',
  },
  {
    key: 'facts',
    heading: 'Det ved vi om din sag',
    body: 'Du søgte den {{receivedOn}}. [Skriv kort, hvad vi ved om din situation.]',
  },
  {
    key: 'considerations',
    heading: 'Derfor har vi besluttet det',
    body: '[Skriv de vigtigste grunde til afgørelsen med almindelige ord.]',
  },
  {
    key: 'citizen_arguments',
    heading: 'Det har du fortalt os',
    body: '[Skriv, hvad du har sagt til os, og hvordan vi har brugt det.]',
  },
  {
    key: 'next_steps',
    heading: 'Det sker nu',
    body: 'Har du spørgsmål, så ring til {{caseworker}}. Vi hjælper gerne.',
  },
  appealGuidance,
];

/** The built-in template of each kind (for every area). */
export const DEFAULT_TEMPLATES: Record<LetterKind, TemplateContent> = {
  decision: {
    title: 'Afgørelse om {{area}}',
    sections: decisionSections('Kære {{citizenName}}\n\nDu får [skriv, hvad borgeren får eller ikke får].'),
  },
  reassessment: {
    title: 'Vi har set på din sag igen',
    sections: decisionSections(
      'Kære {{citizenName}}\n\nDu har klaget over vores afgørelse fra den {{decisionDate}}. ' +
        'Vi har set på sagen igen. [Skriv resultatet: vi giver dig ret, delvis ret eller ikke ret.]',
    ),
  },
  delay: {
    title: 'Din sag tager længere tid',
    sections: [
      {
        key: 'result',
        heading: 'Vi kan ikke nå at svare dig til tiden',
        body: 'Kære {{citizenName}}\n\nVi er ikke færdige med din sag {{caseNumber}}. Det skyldes, at {{reason}}.',
      },
      {
        key: 'next_steps',
        heading: 'Det sker nu',
        body:
          'Du kan forvente et svar senest den {{expectedOn}}. ' +
          'Har du spørgsmål, så ring til {{caseworker}}.',
      },
    ],
  },
  forwarding: {
    title: 'Vi har sendt din klage til Ankestyrelsen',
    sections: [
      {
        key: 'result',
        heading: 'Din klage er sendt videre',
        body:
          'Kære {{citizenName}}\n\nVi har set på din sag igen. Vi mener stadig, at afgørelsen er rigtig. ' +
          'Derfor har vi sendt din klage og sagens papirer til Ankestyrelsen.',
      },
      {
        key: 'next_steps',
        heading: 'Det sker nu',
        body:
          'Ankestyrelsen skriver til dig, når de har set på sagen. ' +
          'Har du spørgsmål, så ring til {{caseworker}}.',
      },
    ],
  },
  dialogue: {
    title: 'Det aftalte vi i telefonen',
    sections: [
      {
        key: 'result',
        heading: 'Det talte vi om',
        body: 'Kære {{citizenName}}\n\nTak for snakken i telefonen. Vi aftalte: [skriv, hvad I aftalte].',
      },
      {
        key: 'next_steps',
        heading: 'Det sker nu',
        body: '[Skriv, hvem der gør hvad, og hvornår.] Ring til {{caseworker}}, hvis noget er uklart.',
      },
    ],
  },
  general: {
    title: 'Om din sag {{caseNumber}}',
    sections: [
      { key: 'result', heading: 'Om din sag', body: 'Kære {{citizenName}}\n\n[Skriv dit brev her.]' },
      {
        key: 'next_steps',
        heading: 'Det sker nu',
        body: 'Har du spørgsmål, så ring til {{caseworker}}.',
      },
    ],
  },
};

/** Officialese (kancellisprog) and what to write instead; '' means leave it out. */
export const DEFAULT_OFFICIALESE: OfficialesePhrase[] = [
  { phrase: 'jf.', suggestion: 'se' },
  { phrase: 'ovennævnte', suggestion: 'denne' },
  { phrase: 'nedennævnte', suggestion: 'denne' },
  { phrase: 'herefter', suggestion: 'nu' },
  { phrase: 'i henhold til', suggestion: 'efter' },
  { phrase: 'vedrørende', suggestion: 'om' },
  { phrase: 'fremsende', suggestion: 'sende' },
  { phrase: 'fremsendes', suggestion: 'vi sender' },
  { phrase: 'endvidere', suggestion: 'også' },
  { phrase: 'således', suggestion: 'sådan' },
  { phrase: 'såfremt', suggestion: 'hvis' },
  { phrase: 'idet', suggestion: 'fordi' },
  { phrase: 'tillige', suggestion: 'også' },
  { phrase: 'eventuelt', suggestion: 'måske' },
  { phrase: 'venligst', suggestion: '' },
  { phrase: 'hermed', suggestion: '' },
  { phrase: 'hvorvidt', suggestion: 'om' },
  { phrase: 'påbegynde', suggestion: 'begynde' },
  { phrase: 'foretage', suggestion: 'gøre' },
  { phrase: 'pågældende', suggestion: 'denne' },
];

/** Every seeded kommune gets the built-in templates (for all areas) and the officialese list to edit. */
export async function seedLetterTemplates(ctx: AppContext): Promise<void> {
  const all = await ctx.db.select({ kommuneId: kommuner.kommuneId }).from(kommuner);
  for (const { kommuneId } of all) {
    await ctx.db.insert(letterTemplates).values(
      Object.entries(DEFAULT_TEMPLATES).map(([kind, t]) => ({
        kommuneId,
        kind,
        areaId: null,
        title: t.title,
        sections: t.sections,
      })),
    );
    await ctx.db
      .insert(letterSettings)
      .values({ kommuneId, lixLimit: 40, officialese: DEFAULT_OFFICIALESE })
      .onConflictDoNothing();
  }
}
