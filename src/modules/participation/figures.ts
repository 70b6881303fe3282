// What participation gives the effect dashboard: processes run in the period, contributions and contributors,
// the share of contributors with contact details who got their answer, and the median days from the end of a
// hearing to the feedback (its closing).
import { daysToFeedback, median } from '../../core/participation.js';
import type { FigureDefinition } from '../../platform/module.js';
import { figureRows } from './queries.js';

const sum = (rows: { [k: string]: unknown }[], k: string) => rows.reduce((n, r) => n + Number(r[k] ?? 0), 0);

export const participationFigures: readonly FigureDefinition[] = [
  {
    key: 'participation.processes',
    label: 'participation.figure.processes',
    unit: 'count',
    compute: async (ctx, s) => {
      const rows = await figureRows(ctx, s);
      return { value: rows.length, count: rows.length };
    },
  },
  {
    key: 'participation.contributions',
    label: 'participation.figure.contributions',
    unit: 'count',
    compute: async (ctx, s) => {
      const rows = await figureRows(ctx, s);
      return { value: sum(rows, 'contributions'), count: rows.length };
    },
  },
  {
    key: 'participation.contributors',
    label: 'participation.figure.contributors',
    unit: 'count',
    compute: async (ctx, s) => {
      const rows = await figureRows(ctx, s);
      return { value: sum(rows, 'contributors'), count: rows.length };
    },
  },
  {
    key: 'participation.feedback_share',
    label: 'participation.figure.feedbackShare',
    unit: 'share',
    compute: async (ctx, s) => {
      const rows = await figureRows(ctx, s);
      const withContact = sum(rows, 'with_contact');
      return { value: withContact === 0 ? null : sum(rows, 'notified') / withContact, count: withContact };
    },
  },
  {
    key: 'participation.days_to_feedback',
    label: 'participation.figure.daysToFeedback',
    unit: 'days',
    compute: async (ctx, s) => {
      const closed = (await figureRows(ctx, s)).filter((r) => r.closed_at);
      const days = closed.map((r) => daysToFeedback(r.hearing_ends_on, new Date(r.closed_at as string)));
      return { value: median(days), count: days.length };
    },
  },
];
