// The citizens module's public surface: showing a person's record on a case.
export {
  type CitizenView,
  citizenView,
  type SupportNeeds,
} from './citizens.js';
export type { CitizenSubject } from './policies.js';
