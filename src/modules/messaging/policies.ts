// Who may read what the platform sent and send it again. Pure: the staff app's menu imports it.
import { type Actor, definePolicies } from '../../platform/policies.js';

export const messagingPolicies = definePolicies({
  'mailbox.read': (a: Actor) => a.role === 'admin',
  // Sending an undelivered mail or SMS again is the kommune's administrator's call.
  'outbox.resend': (a: Actor) => a.role === 'admin',
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends MessagingRules {}
}
type MessagingRules = typeof messagingPolicies;
