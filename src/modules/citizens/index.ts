// The citizens module's public surface: finding or creating a person's record, and showing it on a case.
export {
  type CitizenIdentity,
  type CitizenView,
  citizenView,
  findOrCreateCitizen,
  type SupportNeeds,
} from './citizens.js';
export type { CitizenSubject } from './policies.js';
