// What the formal module adds to the case as GET /api/v1/cases/{caseNumber} returns it: `deadlines` and `formal`.
import { Type } from 'typebox';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date' });
const Status = Type.Enum(['met', 'missed', 'due_today', 'overdue', 'pending']);

export const CaseDeadlines = Type.Object({
  complaintDeadline: nullable(IsoDate),
  complaintLate: Type.Boolean(),
  complaintDeadlineStarted: Type.Boolean({
    description: 'False without a decision date or without a proper klagevejledning',
  }),
  reassessmentDue: nullable(IsoDate),
  reassessmentStatus: nullable(Status),
  delayLetterPrompt: Type.Boolean({
    description: 'The re-assessment deadline will not be met: send a fristbrev',
  }),
  delayLetterUrl: Type.String(),
  accessRequests: Type.Array(
    Type.Object({
      id: Type.String(),
      receivedOn: IsoDate,
      dueOn: IsoDate,
      answeredOn: nullable(IsoDate),
      note: nullable(Type.String()),
      status: Status,
      delayLetterPrompt: Type.Boolean(),
    }),
  ),
});

export const FormalTrack = Type.Object({
  decisionDelivery: Type.Enum(['digital', 'physical', 'unknown']),
  properGuidance: Type.Boolean(),
  lateDecision: nullable(Type.Object({ accepted: Type.Boolean(), reason: Type.String() })),
  needsLateDecision: Type.Boolean(),
  round: Type.Integer(),
  reassessment: nullable(
    Type.Object({
      result: Type.Enum(['changed', 'partly_changed', 'upheld']),
      reasoning: Type.String(),
      decidedOn: nullable(IsoDate),
    }),
  ),
  appealsBody: Type.String(),
  forwarding: nullable(
    Type.Object({ appealsBody: Type.String(), forwardedOn: IsoDate, bundleUrl: Type.String() }),
  ),
  bundles: Type.Array(
    Type.Object({
      version: Type.Integer({
        description: '1 is the first bundle sent; a case sent back and forwarded again adds one',
      }),
      round: Type.Integer(),
      appealsBody: Type.String(),
      forwardedOn: IsoDate,
      url: Type.String(),
    }),
    { description: 'Every case bundle sent to the appeals body, kept as sent, first sent first' },
  ),
  appeal: nullable(
    Type.Object({
      result: Type.Enum(['upheld', 'changed', 'annulled', 'sent_back', 'dismissed']),
      decidedOn: nullable(IsoDate),
    }),
  ),
  allowed: Type.Object({
    reassessment: Type.Boolean(),
    forwarding: Type.Boolean(),
    appealResult: Type.Boolean(),
    lateDecision: Type.Boolean(),
  }),
  reassessmentLetterUrl: nullable(Type.String()),
});
