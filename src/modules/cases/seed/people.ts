// Synthetic citizens: common Danish first and last names combined at random (fictional persons), with
// phone numbers drawn from the PRNG and e-mail addresses on the reserved .invalid domain. No CPR numbers.
import type { Random } from './random.js';

const FIRST_NAMES = [
  'Anne',
  'Kirsten',
  'Mette',
  'Hanne',
  'Helle',
  'Susanne',
  'Lene',
  'Camilla',
  'Ida',
  'Emma',
  'Sofie',
  'Freja',
  'Maja',
  'Karen',
  'Inge',
  'Birgitte',
  'Amira',
  'Fatima',
  'Agnieszka',
  'Leyla',
  'Peter',
  'Jens',
  'Lars',
  'Michael',
  'Henrik',
  'Søren',
  'Thomas',
  'Niels',
  'Jørgen',
  'Morten',
  'Rasmus',
  'Mads',
  'Frederik',
  'William',
  'Noah',
  'Oliver',
  'Mohammed',
  'Ali',
  'Tomasz',
  'Ahmad',
] as const;

const LAST_NAMES = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
  'Jakobsen',
  'Mikkelsen',
  'Frederiksen',
  'Holm',
  'Lund',
  'Østergaard',
  'Kaya',
  'Hussein',
  'Nowak',
] as const;

export interface SyntheticCitizen {
  name: string;
  email: string | null;
  phone: string | null; // +45XXXXXXXX, as intake normalises it
}

const ascii = (s: string) =>
  s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/é/g, 'e');

export function syntheticCitizen(rng: Random): SyntheticCitizen {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  // Most give both; intake requires at least one of phone and e-mail.
  const contact = rng.next();
  const withPhone = contact < 0.9;
  const withEmail = contact >= 0.2;
  return {
    name: `${first} ${last}`,
    email: withEmail ? `${ascii(first)}.${ascii(last)}${rng.int(1, 999)}@eksempel.invalid` : null,
    phone: withPhone ? `+452${rng.int(0, 9_999_999).toString().padStart(7, '0')}` : null,
  };
}
