// What the surveys module gives the effect dashboard and the bench (FigureDefinition, src/platform/module.ts):
// citizen satisfaction per question, the survey's response rate, the employee pulse per question (null below
// the minimum group size), decisions and complaints per 1,000 decisions.
import {
  monthOf,
  PULSE_QUESTIONS,
  type PulseQuestion,
  perThousand,
  type SurveyQuestion,
} from '../../core/surveys.js';
import type { FigureDefinition } from '../../platform/module.js';
import { decisionsByAreaMonth } from './decisions.js';
import { releasedPulse } from './pulse.js';
import { responseTotals, satisfactionTotals } from './queries.js';

/** Of the survey answers given in the period, the share answering 4 or 5 to the question. */
const satisfaction = (question: SurveyQuestion): FigureDefinition => ({
  key: `surveys.satisfaction.${question}`,
  label: `surveys.figure.satisfaction.${question}`,
  unit: 'share',
  compute: async (ctx, s) => {
    const row = await satisfactionTotals(ctx.dbh.sql.bind(ctx.dbh), s);
    const agree = row[`${question}_agree` as keyof typeof row] as number;
    return { value: row.answers === 0 ? null : agree / row.answers, count: row.answers };
  },
});

/** Of the surveys sent in the period, the share answered. */
const responseRate: FigureDefinition = {
  key: 'surveys.response_rate',
  label: 'surveys.figure.responseRate',
  unit: 'share',
  compute: async (ctx, s) => {
    const row = await responseTotals(ctx.dbh.sql.bind(ctx.dbh), s);
    return { value: row.sent === 0 ? null : row.answered / row.sent, count: row.sent };
  },
};

/**
 * Of the pulse answers in the period's months, the share answering 4 or 5 — counted only on the groups that may
 * be shown (the kommune's, or the department's, month by month), so the figure is null below the minimum group
 * size and never reveals more than the pulse results do.
 */
const pulse = (question: PulseQuestion): FigureDefinition => ({
  key: `surveys.pulse.${question}`,
  label: `surveys.figure.pulse.${question}`,
  unit: 'share',
  compute: async (ctx, s) => {
    const cells = await releasedPulse(ctx, s.kommuneId, monthOf(s.from), monthOf(s.to));
    const mine = cells.filter((c) =>
      s.departmentId ? c.level === 'department' && c.departmentId === s.departmentId : c.level === 'kommune',
    );
    const n = mine.reduce((sum, c) => sum + c.tally.n, 0);
    const agreeing = mine.reduce((sum, c) => sum + c.tally.agreeing[question], 0);
    return { value: n === 0 ? null : agreeing / n, count: n };
  },
});

/** Decisions made in the period's months (imported volumes). */
const decisions: FigureDefinition = {
  key: 'surveys.decisions',
  label: 'surveys.figure.decisions',
  unit: 'count',
  compute: async (ctx, s) => {
    const rows = await decisionsByAreaMonth(ctx, { ...s, from: monthOf(s.from), to: monthOf(s.to) });
    const total = rows.reduce((sum, r) => sum + r.decisions, 0);
    return { value: rows.length === 0 ? null : total, count: rows.length };
  },
};

/**
 * Complaints per 1,000 decisions, on the areas and months that have imported volumes (a complaint in a month
 * without volumes is not counted against nothing). Its count is the decisions it rests on.
 */
const complaintsPerThousand: FigureDefinition = {
  key: 'surveys.complaints_per_1000_decisions',
  label: 'surveys.figure.complaintsPerThousand',
  unit: 'count',
  compute: async (ctx, s) => {
    const rows = await decisionsByAreaMonth(ctx, { ...s, from: monthOf(s.from), to: monthOf(s.to) });
    const total = rows.reduce((sum, r) => sum + r.decisions, 0);
    const complaints = rows.reduce((sum, r) => sum + r.complaints, 0);
    return { value: perThousand(complaints, total), count: total };
  },
};

export const surveyFigures: readonly FigureDefinition[] = [
  satisfaction('heard'),
  satisfaction('understood'),
  satisfaction('fair'),
  satisfaction('overall'),
  responseRate,
  ...PULSE_QUESTIONS.map(pulse),
  decisions,
  complaintsPerThousand,
];
