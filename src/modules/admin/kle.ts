// KL's Emnesystematik (KLE): the main groups (hovedgrupper), HH of HH.GG.EE — from the shared
// kle-hovedgrupper.json. Pure data, so the staff app's area form can offer the same list the API checks.

export const KLE_MAIN_GROUPS: Readonly<Record<string, string>> = {
  '00': 'Kommunens styrelse',
  '01': 'Fysisk planlægning og naturbeskyttelse',
  '02': 'Byggeri',
  '03': 'Boliger',
  '04': 'Parker, fritids-/idrætsanlæg og landskabspleje mv.',
  '05': 'Veje og trafik',
  '06': 'Spildevand og vandløb',
  '07': 'Affald og genanvendelse',
  '08': 'Havne og lufthavne',
  '09': 'Miljøbeskyttelse',
  '13': 'Forsyning',
  '14': 'Beredskab',
  '15': 'Arbejdsmarked og beskæftigelsesindsats',
  '17': 'Folkeskoleundervisning',
  '18': 'Folkeoplysning og ungdomsskoler',
  '19': 'Kulturhistoriske institutioner',
  '20': 'Kulturvirksomhed',
  '21': 'Biblioteker',
  '22': 'Regulering af private erhverv',
  '23': 'Borgerlige forhold',
  '24': 'Erhvervsforhold',
  '25': 'Beskatning',
  '27': 'Social service',
  '28': 'Dagtilbud',
  '29': 'Sundhed',
  '30': 'Andre myndigheders opgaver',
  '32': 'Kontante ydelser',
  '54': 'Uddannelse',
  '81': 'Kommunens personale',
  '82': 'Kommunens ejendomme og lokaler',
  '83': 'Kommunens driftsmidler og inventar',
  '84': 'Offentlige valg',
  '85': 'Kommunens administrative systemer',
  '86': 'Kommunens selvforsyning og fremstillingsvirksomhed',
  '87': 'Kommunens arbejdsmiljø',
  '88': 'Kommunens indkøb og udbud',
};

/** HH, HH.GG or HH.GG.EE, two digits each. */
const KLE_NUMBER = /^(\d{2})(\.\d{2}){0,2}$/;

/** Why a KLE number is refused ('format' or 'unknown'), or null when it is one of KL's main groups. */
export function kleProblem(kleNumber: string): 'format' | 'unknown' | null {
  const m = KLE_NUMBER.exec(kleNumber);
  if (!m) return 'format';
  return Object.hasOwn(KLE_MAIN_GROUPS, m[1]!) ? null : 'unknown';
}
