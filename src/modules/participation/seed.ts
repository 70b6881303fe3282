// The demo processes: in every seeded kommune one open hearing taking contributions, and one closed process
// with its published answers, so the public pages show both at first start. Synthetic texts, no contact details
// (so nobody is claimed to have been told anything).

import { kommuner } from '../../adapters/db/schema.js';
import { addDays, localDate } from '../../core/calendar.js';
import type { AppContext } from '../../platform/context.js';
import { insertContribution, insertGroup, insertProcess } from './queries.js';

export async function seedParticipation(ctx: AppContext): Promise<void> {
  const today = localDate(ctx.now());
  const all = await ctx.db.select({ kommuneId: kommuner.kommuneId, name: kommuner.name }).from(kommuner);
  for (const { kommuneId } of all) {
    const open = await insertProcess(ctx.db, {
      kommuneId,
      title: 'Ny legeplads i bydelsparken',
      question: 'Hvad skal den nye legeplads i bydelsparken kunne, og hvem skal den være for?',
      influence:
        'Du kan få indflydelse på legepladsens indhold, hvilke aldersgrupper den skal henvende sig til, og hvor i parken den skal ligge.',
      decided:
        'Byrådet har besluttet, at der bygges en legeplads i parken i 2027, og at budgettet er 1,2 mio. kr. Det kan høringen ikke ændre.',
      channels: 'both',
      area: 'Bydelsparken',
      phases: [
        { kind: 'idea', startsOn: addDays(today, -14), endsOn: addDays(today, 21) },
        { kind: 'decision', startsOn: addDays(today, 22), endsOn: addDays(today, 40) },
        { kind: 'feedback', startsOn: addDays(today, 41), endsOn: addDays(today, 50) },
      ],
      hearingEndsOn: addDays(today, 21),
      status: 'open',
      openedAt: new Date(ctx.now().getTime() - 14 * 86_400_000),
    });
    for (const text of [
      'Der mangler gynger til de mindste, og en bænk i skygge til forældrene.',
      'Gerne en bålplads og noget at klatre på for de store børn.',
    ])
      await insertContribution(ctx.db, { kommuneId, processId: open.id, text, status: 'approved' });

    const ended = addDays(today, -40);
    const closed = await insertProcess(ctx.db, {
      kommuneId,
      title: 'Trafiksikker skolevej ved Østre Skole',
      question: 'Hvor oplever du og dit barn skolevejen som utryg?',
      influence: 'Du kunne få indflydelse på, hvilke steder på skolevejen kommunen gør sikrere først.',
      decided:
        'Teknik- og miljøudvalget havde afsat pengene og besluttet, at arbejdet sker i sommerferien. Hastighedsgrænser på statsveje bestemmer Vejdirektoratet.',
      channels: 'online',
      area: 'Østre Skole',
      phases: [
        { kind: 'hearing', startsOn: addDays(ended, -28), endsOn: ended },
        { kind: 'decision', startsOn: addDays(ended, 1), endsOn: addDays(ended, 9) },
        { kind: 'feedback', startsOn: addDays(ended, 10), endsOn: addDays(ended, 12) },
      ],
      hearingEndsOn: ended,
      status: 'closed',
      openedAt: new Date(Date.parse(`${addDays(ended, -28)}T08:00:00Z`)),
      closedAt: new Date(Date.parse(`${addDays(ended, 12)}T10:00:00Z`)),
    });
    const answeredAt = new Date(Date.parse(`${addDays(ended, 11)}T10:00:00Z`));
    const groups = [
      {
        title: 'Krydset ved Skolevej og Parkvej',
        outcome: 'adopted',
        answer: 'Vi laver et hævet fladebump og en ny fodgængerovergang ved krydset i sommerferien.',
        askWhom: null,
        texts: [
          'Bilerne kører for stærkt i krydset ved Parkvej.',
          'Der mangler et fodgængerfelt ved Skolevej.',
        ],
      },
      {
        title: 'Cykelsti langs Ringvejen',
        outcome: 'not_adopted',
        answer:
          'En cykelsti langs Ringvejen koster mere end det afsatte beløb. Vi tager den med i næste budget.',
        askWhom: null,
        texts: ['Vi ønsker en cykelsti langs Ringvejen.'],
      },
      {
        title: 'Hastigheden på landevejen',
        outcome: 'outside',
        answer: 'Landevejen er en statsvej, så kommunen bestemmer ikke hastighedsgrænsen.',
        askWhom: 'Vejdirektoratet, vejdirektoratet.dk',
        texts: ['Hastigheden på landevejen bør sættes ned til 60 km/t.'],
      },
    ] as const;
    for (const g of groups) {
      const group = await insertGroup(ctx.db, {
        kommuneId,
        processId: closed.id,
        title: g.title,
        outcome: g.outcome,
        answer: g.answer,
        askWhom: g.askWhom,
        answeredAt,
      });
      for (const text of g.texts)
        await insertContribution(ctx.db, {
          kommuneId,
          processId: closed.id,
          groupId: group.id,
          text,
          status: 'approved',
        });
    }
  }
}
