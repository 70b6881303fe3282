// Demo data for learning, so the training register and the search are not empty at first start: in each seeded
// kommune, a course (forløb) for the department that has a team lead — its kick-off and first training day held,
// its evaluation day ahead — with attendance, a buddy pair and an action plan; and three learning cases shared,
// written without personal data. Synthetic texts; the people are the demo staff.
import { addDays, localDate } from '../../core/calendar.js';
import type { AppContext } from '../../platform/context.js';
import * as q from './queries.js';

const DAY = 86_400_000;

const DEMO_CASES = [
  {
    title: 'Klage over ventetid på hjælpemiddel blev løst med et opkald',
    happened:
      'Borgeren havde ventet længe på et hjælpemiddel og skrev en vred klage. Vi ringede samme dag og lod ' +
      'borgeren fortælle hele forløbet, før vi forklarede noget.',
    worked:
      'At lytte færdigt og gentage, hvad borgeren havde sagt. Borgeren sagde bagefter, at det var første gang.',
    differently:
      'Jeg ville have spurgt leverandøren om leveringsdatoen før opkaldet, så vi kunne give et svar.',
    techniques: ['story', 'clarify', 'agreement'],
    rootCause: 'waiting_time',
    outcome: 'resolved',
    daysAgo: 40,
  },
  {
    title: 'Afgørelse forklaret i almindeligt sprog',
    happened:
      'En borger forstod ikke et afslag og troede, at sagen var glemt. Vi gennemgik afgørelsen linje for linje ' +
      'og skrev bagefter et kort brev med de vigtigste punkter.',
    worked: 'At forklare reglerne med borgerens egne eksempler og spørge, om det gav mening.',
    differently: 'Sende det korte brev sammen med afgørelsen fra starten.',
    techniques: ['explain', 'options'],
    rootCause: 'communication',
    outcome: 'partly_resolved',
    daysAgo: 25,
  },
  {
    title: 'Uenighed om afgørelsen, men enighed om næste skridt',
    happened:
      'Borgeren var fortsat uenig i afgørelsen. Vi aftalte, hvad borgeren kunne gøre, og hvornår vi ville ' +
      'vende tilbage, og borgeren valgte at klage videre.',
    worked: 'At sige klart, hvad vi kunne og ikke kunne, og at vise vejen til ankeinstansen.',
    differently: 'Tilbyde et møde tidligere i forløbet i stedet for at skrive frem og tilbage.',
    techniques: ['opening', 'options', 'agreement'],
    rootCause: 'decision',
    outcome: 'appealed',
    daysAgo: 10,
  },
];

export async function seedLearning(ctx: AppContext): Promise<void> {
  const sql = ctx.dbh.sql.bind(ctx.dbh);
  const now = ctx.now();
  const today = localDate(now);
  for (const kommuneId of await q.allKommuneIds(sql)) {
    const staff = await q.departmentStaff(sql, kommuneId);
    const lead = staff.find((u) => u.role === 'team_lead' && u.departmentId);
    if (!lead?.departmentId) continue;
    const departmentId = lead.departmentId;
    const colleagues = staff.filter((u) => u.role === 'caseworker' && u.departmentId === departmentId);
    const courseId = await q.insertCourse(sql, {
      kommuneId,
      departmentId,
      title: 'Dialogforløb i metoden',
      description: 'Kick-off, træningsdage med makkerskaber og handleplaner, og en evalueringsdag.',
      createdBy: lead.id,
      at: new Date(now.getTime() - 100 * DAY),
    });
    const session = (kind: string, title: string, days: number) =>
      q.insertSession(sql, {
        kommuneId,
        courseId,
        kind,
        title,
        heldOn: addDays(today, days),
        createdBy: lead.id,
        at: new Date(now.getTime() - 100 * DAY),
      });
    const kickoff = await session('kickoff', 'Kick-off', -90);
    const day1 = await session('training_day', 'Træningsdag 1 – lyt og afklar', -60);
    await session('evaluation_day', 'Evalueringsdag', 20);
    const [first, second] = colleagues;
    const attending = [lead, first].filter((u): u is NonNullable<typeof u> => !!u);
    await q.replaceParticipants(sql, kommuneId, kickoff, [
      ...attending.map((u) => ({ userId: u.id, attended: true })),
      ...(second ? [{ userId: second.id, attended: true }] : []),
    ]);
    await q.replaceParticipants(sql, kommuneId, day1, [
      ...attending.map((u) => ({ userId: u.id, attended: true })),
      ...(second ? [{ userId: second.id, attended: false }] : []),
    ]);
    if (first && second) {
      await q.insertBuddyPair(sql, kommuneId, first.id, second.id, new Date(now.getTime() - 60 * DAY));
      await q.insertActionPlan(sql, {
        kommuneId,
        userId: first.id,
        goal: 'Lad borgeren fortælle færdig, før jeg forklarer reglerne.',
        followUpOn: addDays(today, 14),
        at: new Date(now.getTime() - 60 * DAY),
      });
    }
    for (const c of DEMO_CASES)
      await q.insertPublishedLearningCase(sql, {
        kommuneId,
        departmentId,
        authorId: (first ?? lead).id,
        title: c.title,
        happened: c.happened,
        worked: c.worked,
        differently: c.differently,
        techniques: c.techniques,
        rootCause: c.rootCause,
        outcome: c.outcome,
        at: new Date(now.getTime() - c.daysAgo * DAY),
      });
  }
}
