// Demo incidents for every seeded kommune, so the safety pages are not empty at first start: a threat at the
// front desk days ago whose debriefing is overdue, a violent episode with absence that makes a report to the
// authority due, and two older incidents followed up in full. Synthetic texts; the people are the demo staff.
import { addDays, localDate } from '../../core/calendar.js';
import type { AppContext } from '../../platform/context.js';
import { type IncidentChanges, insertIncident, updateIncident } from './queries.js';

const HOUR = 3_600_000;

interface DemoIncident {
  /** Days before today it happened, at 10:30 UTC. */
  daysAgo: number;
  place: string;
  type: 'violence' | 'threat' | 'harassment';
  severity: 'minor' | 'serious' | 'severe';
  description: string;
  deEscalation?: string;
  escalation?: string;
  injury?: string;
  /** Absence from the day after, for this many days. */
  absenceDays?: number;
  /** Who registered it and was exposed (by demo role), and the colleagues exposed with them. */
  reportedBy: string;
  alsoExposed: string[];
  /** What of the follow-up is done (the rest is open). */
  done: readonly (
    | 'debriefing'
    | 'psychologicalHelp'
    | 'policeReport'
    | 'riskAssessment'
    | 'authorityReport'
  )[];
}

export const DEMO_INCIDENTS: readonly DemoIncident[] = [
  {
    daysAgo: 4,
    place: 'reception',
    type: 'threat',
    severity: 'serious',
    description:
      'En borger blev vred over ventetiden og truede med at "finde" medarbejderen efter lukketid. Rådhusbetjenten blev tilkaldt.',
    deEscalation: 'Rådhusbetjenten tog borgeren med ind i et mødelokale og lyttede.',
    reportedBy: 'reception',
    alsoExposed: ['caseworker'],
    done: [],
  },
  {
    daysAgo: 9,
    place: 'meeting_room',
    type: 'violence',
    severity: 'severe',
    description: 'Under et møde om en afgørelse skubbede en borger medarbejderen ind i en reol.',
    escalation: 'Mødet fortsatte, efter at borgeren havde rejst stemmen flere gange.',
    injury: 'Forslået skulder.',
    absenceDays: 3,
    reportedBy: 'caseworker',
    alsoExposed: [],
    done: ['debriefing', 'psychologicalHelp', 'policeReport'],
  },
  {
    daysAgo: 26,
    place: 'online',
    type: 'harassment',
    severity: 'minor',
    description: 'Nedsættende opslag om en navngiven medarbejder i en lokal gruppe på sociale medier.',
    reportedBy: 'caseworker2',
    alsoExposed: [],
    done: ['debriefing', 'psychologicalHelp', 'policeReport', 'riskAssessment'],
  },
  {
    daysAgo: 45,
    place: 'free_time',
    type: 'threat',
    severity: 'serious',
    description: 'En borger genkendte medarbejderen i supermarkedet og kom med trusler om sin sag.',
    absenceDays: 1,
    reportedBy: 'team_lead',
    alsoExposed: [],
    done: ['debriefing', 'psychologicalHelp', 'policeReport', 'riskAssessment', 'authorityReport'],
  },
];

/** The demo incidents in every kommune that has none yet (a second run adds nothing). */
export async function seedIncidents(ctx: AppContext): Promise<void> {
  const today = localDate(ctx.now());
  const kommuner = await ctx.dbh.sql<{ kommune_id: string }>(
    `SELECT k.kommune_id FROM kommuner k
      WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.kommune_id = k.kommune_id) ORDER BY k.kommune_id`,
  );
  for (const { kommune_id: kommuneId } of kommuner) {
    const staff = await ctx.dbh.sql<{ id: string; local: string }>(
      `SELECT id, split_part(email, '@', 1) AS local FROM users WHERE kommune_id = $1 AND role <> 'citizen'`,
      [kommuneId],
    );
    const idOf = new Map(staff.map((u) => [u.local, u.id]));
    for (const d of DEMO_INCIDENTS) {
      const reporter = idOf.get(d.reportedBy);
      if (!reporter) continue;
      const occurredOn = addDays(today, -d.daysAgo);
      const occurredAt = new Date(`${occurredOn}T10:30:00Z`);
      const at = (hours: number) => new Date(occurredAt.getTime() + hours * HOUR);
      const id = await insertIncident(ctx, {
        kommuneId,
        occurredAt,
        occurredOn,
        place: d.place,
        type: d.type,
        severity: d.severity,
        description: d.description,
        exposedStaff: [reporter, ...d.alsoExposed.flatMap((r) => idOf.get(r) ?? [])],
        citizenId: null,
        deEscalation: d.deEscalation ?? null,
        escalation: d.escalation ?? null,
        injury: d.injury ?? null,
        absenceFrom: d.absenceDays ? addDays(occurredOn, 1) : null,
        absenceDays: d.absenceDays ?? null,
        reportedBy: reporter,
        createdAt: at(2),
      });
      const done = new Set(d.done);
      const changes: IncidentChanges = {
        debriefedAt: done.has('debriefing') ? at(22) : undefined,
        psychologicalHelpOfferedAt: done.has('psychologicalHelp') ? at(24) : undefined,
        policeReport: done.has('policeReport') ? (d.type === 'violence' ? 'filed' : 'not_filed') : undefined,
        policeDecidedAt: done.has('policeReport') ? at(26) : undefined,
        riskAssessmentUpdatedOn: done.has('riskAssessment') ? addDays(occurredOn, 7) : undefined,
        authorityReportedOn: done.has('authorityReport') ? addDays(occurredOn, 5) : undefined,
      };
      await updateIncident(ctx, kommuneId, id, changes);
    }
  }
}
