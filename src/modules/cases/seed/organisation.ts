// Demo organisation: Køge (259) and Rudersdal (230), the departments named in the seeds, areas with KLE
// numbers and service goals, and one demo user per role. All persons are synthetic.
import { eq } from 'drizzle-orm';
import { areas, departments, kommuner, teams, users } from '../../../adapters/db/schema.js';
import { DEFAULT_CALENDAR_RULES } from '../../../core/calendar.js';
import type { AppContext } from '../../../platform/context.js';
import { ROLES } from '../../../platform/policies.js';

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_KOMMUNER = [
  {
    kommuneId: '259',
    name: 'Køge Kommune',
    domain: 'koege.demo',
    url: 'https://www.koege.dk/tilgaengelighedserklaering',
  },
  {
    kommuneId: '230',
    name: 'Rudersdal Kommune',
    domain: 'rudersdal.demo',
    url: 'https://www.rudersdal.dk/tilgaengelighedserklaering',
  },
] as const;

// forvaltninger from seed 000, with the date each started the dialogue method (before/after comparison)
const DEPARTMENTS = [
  {
    key: 'buf',
    name: 'Børne- og Uddannelsesforvaltningen',
    started: '2020-09-01',
    teams: ['Familiecentret', 'Dagtilbud'],
  },
  {
    key: 'vel',
    name: 'Velfærdsforvaltningen',
    started: '2020-09-01',
    teams: ['Ældre og handicap', 'Jobcenter'],
  },
  {
    key: 'tmf',
    name: 'Teknik- og Miljøforvaltningen',
    started: '2026-01-05',
    teams: ['Byggeri', 'Veje og affald'],
  },
  { key: 'okf', name: 'Økonomi- og Kulturforvaltningen', started: null, teams: ['Borgerservice'] },
] as const;

// code, name, KLE number, department, first-contact goal (working days)
const AREAS = [
  ['friplads', 'Økonomisk friplads i dagtilbud', '28.09.08', 'buf', 2],
  ['dagtilbud', 'Pasning og dagtilbud', '28.01.00', 'buf', 2],
  ['familie', 'Støtte til børn og familier', '27.24.00', 'buf', 1],
  ['skole', 'Folkeskole og specialundervisning', '17.01.00', 'buf', 2],
  ['hjaelpemidler', 'Hjælpemidler', '27.37.00', 'vel', 2],
  ['hjemmehjaelp', 'Hjemmehjælp og praktisk hjælp', '27.12.00', 'vel', 2],
  ['kontanthjaelp', 'Kontanthjælp og ydelser', '32.18.00', 'vel', 2],
  ['beskaeftigelse', 'Jobcenter og beskæftigelse', '15.00.00', 'vel', 2],
  ['byggesag', 'Byggesager og byggetilladelser', '02.00.00', 'tmf', 3],
  ['affald', 'Affald og genbrug', '07.00.00', 'tmf', 2],
  ['veje', 'Veje, fortove og trafik', '05.00.00', 'tmf', 3],
  ['borgerservice', 'Borgerservice, pas og kørekort', '23.00.00', 'okf', 2],
] as const;

export interface SeededOrganisation {
  kommuneId: string;
  departments: Record<string, string>; // key -> id
  teams: Record<string, string>; // team name -> id
  areas: Record<string, string>; // area code -> id
  users: Record<string, string>; // email -> id
}

/** Creates the demo organisation of one kommune. `passwordHash` is the hash of DEMO_PASSWORD, computed once. */
export async function seedOrganisation(
  ctx: AppContext,
  k: (typeof DEMO_KOMMUNER)[number],
  passwordHash: string,
): Promise<SeededOrganisation> {
  const out: SeededOrganisation = {
    kommuneId: k.kommuneId,
    departments: {},
    teams: {},
    areas: {},
    users: {},
  };
  await ctx.db.insert(kommuner).values({
    kommuneId: k.kommuneId,
    name: k.name,
    accessibilityUrl: k.url,
    dpoEmail: `databeskyttelse@${k.domain}`,
    closedMonthDays: [...DEFAULT_CALENDAR_RULES.closedMonthDays],
    closedDates: [],
  });
  for (const d of DEPARTMENTS) {
    const [dep] = await ctx.db
      .insert(departments)
      .values({ kommuneId: k.kommuneId, name: d.name, methodStartedOn: d.started })
      .returning({ id: departments.id });
    out.departments[d.key] = dep!.id;
    for (const name of d.teams) {
      const [team] = await ctx.db
        .insert(teams)
        .values({ kommuneId: k.kommuneId, departmentId: dep!.id, name })
        .returning({ id: teams.id });
      out.teams[name] = team!.id;
    }
  }
  const areaRows = await ctx.db
    .insert(areas)
    .values(
      AREAS.map(([code, name, kle, dep, days]) => ({
        kommuneId: k.kommuneId,
        departmentId: out.departments[dep]!,
        code,
        name,
        kleNumber: kle,
        firstContactDays: days,
      })),
    )
    .returning({ id: areas.id, code: areas.code });
  for (const a of areaRows) out.areas[a.code] = a.id;

  // One demo user per role; case-working roles sit in Velfærdsforvaltningen, plus a caseworker in Teknik og Miljø.
  const vel = out.departments.vel!;
  const people = [
    ...ROLES.filter((r) => r !== 'citizen').map((role) => ({
      role,
      email: `${role}@${k.domain}`,
      departmentId: ['caseworker', 'team_lead'].includes(role) ? vel : null,
      teamId: ['caseworker', 'team_lead'].includes(role) ? out.teams['Ældre og handicap']! : null,
    })),
    {
      role: 'caseworker',
      email: `caseworker.teknik@${k.domain}`,
      departmentId: out.departments.tmf!,
      teamId: out.teams.Byggeri!,
    },
    { role: 'caseworker', email: `caseworker2@${k.domain}`, departmentId: vel, teamId: out.teams.Jobcenter! },
  ];
  for (const p of people) {
    const [u] = await ctx.db
      .insert(users)
      .values({ kommuneId: k.kommuneId, name: demoName(p.email), passwordHash, ...p })
      .returning({ id: users.id });
    out.users[p.email] = u!.id;
  }
  return out;
}

export async function userId(ctx: AppContext, email: string): Promise<string> {
  const [u] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!u) throw new Error(`no user ${email}`);
  return u.id;
}

// Synthetic staff names, so screens look real without being anyone.
const NAMES: Record<string, string> = {
  caseworker: 'Mette Demo Sørensen',
  team_lead: 'Lars Demo Holm',
  reception: 'Aisha Demo Khan',
  safety: 'Bo Demo Nielsen',
  analyst: 'Signe Demo Lund',
  admin: 'Peter Demo Admin',
  citizen: 'Jonas Demo Borger',
  'caseworker.teknik': 'Kasper Demo Vej',
  caseworker2: 'Fatima Demo Jensen',
};
const demoName = (email: string) => NAMES[email.split('@')[0]!] ?? email;
