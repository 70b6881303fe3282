// The conversation notes as a document of the case bundle — only when the caseworker has marked them for it.
import { and, eq } from 'drizzle-orm';
import { CONVERSATION_PHASES } from '../../core/conversation.js';
import { translator } from '../../i18n/index.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest } from '../../platform/errors.js';
import type { CaseDocument, CaseRef } from '../../platform/module.js';
import { dialogueDocumentMessages } from './documents-messages.js';
import { guideMessages } from './guide-messages.js';
import { conversations } from './tables.js';

const t = translator([dialogueDocumentMessages, guideMessages], 'da');

export async function conversationDocuments(ctx: AppContext, ref: CaseRef): Promise<CaseDocument[]> {
  const [row] = await ctx.db
    .select({ notes: conversations.notes, startedAt: conversations.startedAt })
    .from(conversations)
    .where(
      and(
        eq(conversations.kommuneId, ref.kommuneId),
        eq(conversations.caseId, ref.caseId),
        eq(conversations.inBundle, true),
      ),
    )
    .limit(1);
  if (!row) return [];
  const date = row.startedAt.toISOString().slice(0, 10);
  const paragraphs = CONVERSATION_PHASES.flatMap((phase) => {
    const note = row.notes[phase]?.trim();
    return note ? [`${t(`dialogue.phase.${phase}.title`)}: ${note}`] : [];
  });
  return [
    {
      kind: 'conversation_notes',
      title: t('dialogue.document.notes'),
      date,
      body: [t('dialogue.document.notesIntro', { date }), ...paragraphs].join('\n\n'),
      order: 30,
    },
  ];
}

/** Marks (or unmarks) the conversation notes for the case bundle; 400 when there is no conversation yet. */
export async function markForBundle(
  ctx: AppContext,
  ref: CaseRef,
  inBundle: boolean,
): Promise<{ inBundle: boolean }> {
  const updated = await ctx.db
    .update(conversations)
    .set({ inBundle })
    .where(and(eq(conversations.kommuneId, ref.kommuneId), eq(conversations.caseId, ref.caseId)))
    .returning({ inBundle: conversations.inBundle });
  if (updated.length === 0)
    throw badRequest('dialogue.error.noConversation', { inBundle: 'dialogue.error.noConversation' });
  return { inBundle };
}
