// Mail and SMS templates. Each module declares its own (`defineTemplates`: which parameters a template needs,
// and its texts, Danish first and English complete); the module list installs them here. An outbox row names
// a template and carries its parameters; the text is rendered when the message is sent, in the row's locale.
import type { MessageChannel } from '../adapters/transport.js';
import { formatDateLong } from '../core/calendar.js';
import type { Locale, MessageSet, Translate } from '../i18n/index.js';
import { translator } from '../i18n/index.js';

type Params = Record<string, string>;

export interface TemplateSpec {
  /** Parameters the outbox row must carry. `kommuneName` is always added by delivery. */
  required: readonly string[];
  /** Parameters holding an ISO date, shown in words ('torsdag den 3. december 2026'). */
  dates?: readonly string[];
  /** Sentences that depend on which optional parameters are present. */
  derive?: (params: Params, t: Translate) => Params;
}

/**
 * A module's templates: the specs by name, and the texts — for a template `x`, the keys `x.mail.subject`,
 * `x.mail.body` and `x.sms`, plus whatever `derive` uses.
 */
export interface TemplateSet {
  specs: Record<string, TemplateSpec>;
  texts: MessageSet;
}

export const defineTemplates = <const S extends Record<string, TemplateSpec>>(
  specs: S,
  texts: MessageSet,
): { specs: S; texts: MessageSet } => ({ specs, texts });

export interface RenderedMessage {
  subject: string | null; // mail only
  text: string;
}

const installed = new Map<string, TemplateSet>(); // by module name
let specs: Record<string, TemplateSpec> = {};
let texts: MessageSet[] = [];

/** Installs a module's templates (by the module list). A name two modules both claim is refused. */
export function installTemplates(moduleName: string, set: TemplateSet): void {
  installed.set(moduleName, set);
  const merged: Record<string, TemplateSpec> = {};
  for (const [mod, s] of installed)
    for (const [name, spec] of Object.entries(s.specs)) {
      if (Object.hasOwn(merged, name))
        throw new Error(`Template ${name} is declared twice (again by ${mod})`);
      merged[name] = spec;
    }
  specs = merged;
  texts = [...installed.values()].map((s) => s.texts);
}

export const templateNames = (): string[] => Object.keys(specs);
export const isTemplateName = (name: string): boolean => Object.hasOwn(specs, name);
/** The texts of every installed template, for the i18n completeness test. */
export const templateTexts = (): readonly MessageSet[] => texts;

/** Renders a template for a channel; throws on an unknown template or a missing parameter. */
export function renderTemplate(
  name: string,
  channel: MessageChannel,
  params: Params,
  locale: Locale,
): RenderedMessage {
  const spec = specs[name];
  if (!spec) throw new Error(`Unknown message template: ${name}`);
  const missing = spec.required.filter((p) => !params[p]);
  if (missing.length > 0) throw new Error(`Template ${name} lacks parameters: ${missing.join(', ')}`);
  const t = translator(texts, locale);
  const values: Params = { ...params };
  for (const d of spec.dates ?? []) values[d] = formatDateLong(params[d]!, locale);
  Object.assign(values, spec.derive?.(params, t));
  return channel === 'mail'
    ? { subject: t(`${name}.mail.subject`, values), text: t(`${name}.mail.body`, values) }
    : { subject: null, text: t(`${name}.sms`, values) };
}
