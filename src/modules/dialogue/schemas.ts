// Response shapes of the dialogue loop, shared by the case view and the loop's own routes.
import { Type } from 'typebox';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Ref = Type.Object({ id: Type.String(), name: Type.String() });

export const Conversation = Type.Object({
  currentPhase: Type.String(),
  notes: Type.Record(Type.String(), Type.String()),
  rootCause: Type.Union([Type.String(), Type.Null()]),
  secondaryCauses: Type.Array(Type.String()),
  durationSeconds: Type.Integer(),
  startedAt: Type.String(),
  updatedAt: Type.String(),
  endedAt: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
  inBundle: Type.Boolean({ description: 'Marked for the case bundle sent to the appeals body' }),
});
export const Agreement = Type.Object({
  id: Type.String(),
  what: Type.String(),
  ownerType: Type.String(),
  owner: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
  dueOn: Type.String(),
  status: Type.String(),
  remindedAt: Type.Union([Type.String(), Type.Null()]),
  completedAt: Type.Union([Type.String(), Type.Null()]),
});

export const Attempt = Type.Object({
  id: Type.String(),
  at: Type.String({ format: 'date-time' }),
  channel: Type.String(),
  result: Type.String(),
  note: nullable(Type.String()),
  letterReason: nullable(Type.String()),
  actor: nullable(Ref),
});

/** The citizen as staff see them: contact details, masked CPR, support needs, primary contact person. */
export const Citizen = Type.Object({
  id: Type.String(),
  name: Type.String(),
  phone: nullable(Type.String()),
  email: nullable(Type.String()),
  cprMasked: nullable(Type.String()),
  supportNeeds: Type.Record(Type.String(), Type.Unknown()),
  primaryContact: nullable(Ref),
});
