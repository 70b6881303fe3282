// Words for the codes the API returns; an unknown code (a newer server) shows as itself, not as a key.
import type { Translate } from '../../../i18n/index.js';

function label(t: Translate, key: string, code: string): string {
  const text = t(key);
  return text === key ? code : text;
}

export const stateLabel = (t: Translate, state: string) => label(t, `dialogue.state.${state}`, state);
export const kindLabel = (t: Translate, kind: string) => label(t, `dialogue.kind.${kind}`, kind);
export const channelLabel = (t: Translate, channel: string) =>
  label(t, `dialogue.ui.channel.${channel}`, channel);
export const eventLabel = (t: Translate, type: string) => label(t, `dialogue.ui.event.${type}`, type);
export const contactTimeLabel = (t: Translate, time: string) =>
  label(t, `dialogue.ui.contactTime.${time}`, time);
