import { defineMessages } from '../../i18n/index.js';

export const intakeMessages = defineMessages(
  {
    'intake.error.summary': 'Formularen indeholder fejl. Ret felterne herunder.',
    'intake.error.kind': 'Vælg, om det er en klage, en beklagelse eller en henvendelse.',
    'intake.error.area': 'Vælg det område, din henvendelse handler om.',
    'intake.error.decisionDate.required': 'Skriv datoen for den afgørelse, du klager over.',
    'intake.error.decisionDate.invalid': 'Skriv en gyldig dato, fx 2026-12-03.',
    'intake.error.decisionDate.future': 'Afgørelsens dato kan ikke ligge i fremtiden.',
    'intake.error.decisionReference.long': 'Sagsnummeret må højst være 100 tegn.',
    'intake.error.description.short': 'Beskriv kort, hvad det handler om (mindst 10 tegn).',
    'intake.error.description.long': 'Beskrivelsen må højst være 5.000 tegn.',
    'intake.error.name.required': 'Skriv dit navn.',
    'intake.error.name.long': 'Navnet må højst være 200 tegn.',
    'intake.error.phone.invalid': 'Skriv et dansk telefonnummer med 8 cifre.',
    'intake.error.email.invalid': 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
    'intake.error.contact.required': 'Skriv et telefonnummer eller en e-mailadresse, så vi kan kontakte dig.',
    'intake.error.preferredContactTime': 'Vælg et tidspunkt fra listen.',
    'intake.error.kommune': 'Kommunen findes ikke.',
    'intake.error.idempotencyKey': 'Idempotency-Key skal være 1-200 synlige ASCII-tegn.',
    'intake.error.idempotencyConflict':
      'Denne Idempotency-Key er allerede brugt til en anden henvendelse. Brug en ny nøgle til en ny henvendelse.',
    'intake.error.resent':
      'Formularen er allerede sendt med et andet indhold. Tjek oplysningerne, og tryk Send igen for at sende en ny henvendelse.',
    'intake.error.date': 'Angiv en gyldig dato, fx 2026-12-03.',
    'intake.error.trackingUnknown': 'Vi kender ikke dette sporingslink. Tjek, at hele linket er med.',

    // The citizen form (henvendelsesformular)
    'intake.form.title': 'Send en klage eller en henvendelse',
    'intake.form.intro':
      'Fortæl os, hvad det drejer sig om. Vi ringer dig op inden for få arbejdsdage, så vi kan tale om det sammen.',
    'intake.form.submit': 'Send',
    'intake.kind.legend': 'Hvad drejer det sig om?',
    'intake.kind.complaint': 'Klage over en afgørelse',
    'intake.kind.complaint.hint': 'Du er uenig i noget, kommunen har besluttet i din sag, fx et afslag.',
    'intake.kind.grievance': 'Beklagelse',
    'intake.kind.grievance.hint':
      'Du er utilfreds med, hvordan du er blevet behandlet, med ventetid eller med måden, din sag er gået på.',
    'intake.kind.inquiry': 'Henvendelse',
    'intake.kind.inquiry.hint': 'Du har et spørgsmål, eller du vil fortælle os noget.',
    'intake.area.label': 'Område',
    'intake.area.hint': 'Vælg den del af kommunen, det handler om.',
    'intake.area.placeholder': 'Vælg område',
    'intake.decision.legend': 'Kun ved klage over en afgørelse',
    'intake.decision.hint':
      'Klager du over en afgørelse, skal du skrive afgørelsens dato. Du finder den i brevet med afgørelsen.',
    'intake.decisionDate.label': 'Afgørelsens dato',
    'intake.decisionDate.hint':
      'Du kan normalt klage i 4 uger fra den dag, du fik afgørelsen. Skriv til os, også hvis det er længere siden.',
    'intake.receipt.late.heading': 'Klagefristen kan være overskredet',
    'intake.receipt.late.text':
      'Ud fra datoen på afgørelsen er der gået mere end 4 uger. Vi har alligevel modtaget din klage. En medarbejder vurderer, om vi kan behandle den, og fortæller dig det, når vi ringer.',
    'intake.decisionReference.label': 'Sagsnummer fra brevet',
    'intake.decisionReference.hint': 'Står ofte øverst i brevet.',
    'intake.description.label': 'Beskriv, hvad det handler om',
    'intake.description.hint':
      'Skriv med dine egne ord. Et par linjer er nok – vi spørger ind, når vi ringer.',
    'intake.contact.legend': 'Hvordan kan vi kontakte dig?',
    'intake.name.label': 'Dit navn',
    'intake.phone.label': 'Telefonnummer',
    'intake.email.label': 'E-mail',
    'intake.contact.hint':
      'Skriv dit telefonnummer, din e-mail eller begge dele. Mindst én af dem skal udfyldes.',
    'intake.time.legend': 'Hvornår passer det dig bedst, at vi ringer?',
    'intake.time.any': 'Når som helst i kommunens åbningstid',
    'intake.time.morning': 'Om formiddagen',
    'intake.time.midday': 'Omkring middag',
    'intake.time.afternoon': 'Om eftermiddagen',
    // What the citizen is told about their data (GDPR art. 13): no consent, a kommune acts as an authority.
    'intake.privacy.heading': 'Sådan bruger vi dine oplysninger',
    'intake.privacy.who': '{kommune} er dataansvarlig for de oplysninger, du giver os her.',
    'intake.privacy.why':
      'Vi bruger dem til at behandle din sag og kontakte dig om den. Det gør vi som offentlig myndighed efter databeskyttelsesforordningens artikel 6, stk. 1, litra e, og artikel 9, stk. 2, litra g, hvis du skriver om dit helbred. Derfor skal du ikke give samtykke.',
    'intake.privacy.recipients':
      'Kun medarbejdere, der arbejder med din sag, kan se oplysningerne. Sender vi en klage videre til klageinstansen, får den sagens oplysninger.',
    'intake.privacy.howLong':
      'Vi gemmer oplysningerne i {years} år, efter at sagen er afsluttet. Derefter sletter eller anonymiserer vi dem.',
    'intake.privacy.howLong.one':
      'Vi gemmer oplysningerne i 1 år, efter at sagen er afsluttet. Derefter sletter eller anonymiserer vi dem.',
    'intake.privacy.rights':
      'Du har ret til at se de oplysninger, vi har om dig, og til at få forkerte oplysninger rettet. Du kan gøre indsigelse mod behandlingen og i nogle tilfælde få oplysningerne slettet eller behandlingen begrænset. Du kan klage til Datatilsynet (datatilsynet.dk).',
    'intake.privacy.dpo':
      'Har du spørgsmål om dine oplysninger, kan du skrive til kommunens databeskyttelsesrådgiver:',
    'intake.privacy.dpoUnknown':
      'Har du spørgsmål om dine oplysninger, kan du kontakte kommunens databeskyttelsesrådgiver gennem kommunen.',

    // The receipt (kvittering)
    'intake.receipt.title': 'Tak – vi har modtaget din henvendelse',
    'intake.receipt.caseNumber': 'Dit sagsnummer',
    'intake.receipt.callBy': 'Vi ringer dig op senest {date}.',
    'intake.receipt.copy': 'Du får også en kvittering på e-mail eller sms.',
    'intake.receipt.next.heading': 'Hvad sker der nu?',
    'intake.receipt.next.call':
      'Vi ringer dig op. Kan vi ikke få fat i dig, prøver vi igen og skriver til dig.',
    'intake.receipt.next.listen':
      'Vi lytter til dig, og sammen finder vi ud af, hvad det egentlig handler om, og hvad der kan løse det.',
    'intake.receipt.next.formal':
      'Kan vi ikke blive enige, vurderer vi afgørelsen igen. Holder vi fast i den, sender vi din klage videre til klageinstansen.',
    'intake.receipt.next.followUp':
      'Vi skriver ned, hvad vi aftaler med dig, og følger op, til det er gjort.',
    'intake.receipt.tracking.heading': 'Følg din sag',
    'intake.receipt.tracking.text':
      'Gem dette link. Med det kan du altid se, hvor langt din sag er. Linket er personligt, så del det ikke med andre.',

    // The tracking page (sporing)
    'intake.tracking.title': 'Status på din sag',
    'intake.tracking.caseNumber': 'Sagsnummer',
    'intake.tracking.kind': 'Type',
    'intake.tracking.area': 'Område',
    'intake.tracking.receivedOn': 'Modtaget',
    'intake.tracking.state': 'Status',
    'intake.tracking.callBy': 'Vi ringer dig op senest {date}.',
    'intake.tracking.timeline': 'Forløb',
    'intake.tracking.agreements': 'Det har vi aftalt med dig',
    'intake.tracking.agreement.owner': 'Hvem gør det',
    'intake.tracking.agreement.owner.citizen': 'Dig',
    'intake.tracking.agreement.owner.kommune': 'Kommunen',
    'intake.tracking.agreement.dueOn': 'Senest',
    'intake.tracking.agreement.status': 'Aftalens status',
    'intake.tracking.agreement.kept': 'Holdt',
    'intake.tracking.agreement.open': 'Ikke holdt endnu',
    'intake.tracking.privacy':
      'Siden viser ikke dit navn, dine kontaktoplysninger eller det, du skrev til os. Del ikke linket med andre.',
    'intake.tracking.notFound.text':
      'Vi kan ikke finde en sag med dette link. Tjek, at du har brugt hele linket fra din kvittering.',
    'intake.state.received': 'Modtaget',
    'intake.state.contacting': 'Vi forsøger at kontakte dig',
    'intake.state.in_dialogue': 'Vi er i dialog med dig',
    'intake.state.agreement': 'Vi følger op på aftalen med dig',
    'intake.state.resolved': 'Løst',
    'intake.state.withdrawn': 'Trukket tilbage',
    'intake.state.maintained': 'Din klage genvurderes',
    'intake.state.reassessment': 'Din klage genvurderes',
    'intake.state.forwarded': 'Sendt videre til klageinstansen',
    'intake.state.appeal_decided': 'Klageinstansen har truffet afgørelse',
    'intake.state.closed': 'Afsluttet',
    'intake.state.reopened': 'Genoptaget',
    'intake.event.case_received': 'Vi modtog din henvendelse',
    'intake.event.state_changed': 'Ny status: {state}',
    'intake.event.first_contact': 'Vi talte med dig',
    'intake.event.formal_track_opened': 'Din klage gik videre til genvurdering',
    'intake.event.reassessment_started': 'Vi begyndte at genvurdere afgørelsen',
    'intake.event.reassessment_decided': 'Vi har genvurderet afgørelsen',
    'intake.event.forwarded_to_appeals_body': 'Din klage blev sendt til klageinstansen',
    'intake.event.appeal_decided': 'Klageinstansen traf afgørelse',
    'intake.event.case_closed': 'Sagen blev afsluttet',
    'intake.event.case_reopened': 'Sagen blev genoptaget',
    'intake.event.letter_sent': 'Vi sendte dig et brev',
    'intake.event.other': 'Sagen blev opdateret',
  },
  {
    'intake.error.summary': 'The form has errors. Please correct the fields below.',
    'intake.error.kind': 'Choose whether this is a complaint, a grievance or an inquiry.',
    'intake.error.area': 'Choose the area your inquiry is about.',
    'intake.error.decisionDate.required': 'Enter the date of the decision you are complaining about.',
    'intake.error.decisionDate.invalid': 'Enter a valid date, e.g. 2026-12-03.',
    'intake.error.decisionDate.future': 'The date of the decision cannot be in the future.',
    'intake.error.decisionReference.long': 'The case reference can be at most 100 characters.',
    'intake.error.description.short': 'Briefly describe what it is about (at least 10 characters).',
    'intake.error.description.long': 'The description can be at most 5,000 characters.',
    'intake.error.name.required': 'Enter your name.',
    'intake.error.name.long': 'The name can be at most 200 characters.',
    'intake.error.phone.invalid': 'Enter a Danish phone number with 8 digits.',
    'intake.error.email.invalid': 'Enter a valid e-mail address, e.g. name@example.com.',
    'intake.error.contact.required': 'Enter a phone number or an e-mail address so we can contact you.',
    'intake.error.preferredContactTime': 'Choose a time from the list.',
    'intake.error.kommune': 'The municipality does not exist.',
    'intake.error.idempotencyKey': 'Idempotency-Key must be 1-200 visible ASCII characters.',
    'intake.error.idempotencyConflict':
      'This Idempotency-Key has already been used for another submission. Use a new key for a new submission.',
    'intake.error.resent':
      'This form has already been sent with other content. Check the details and press Send again to send a new submission.',
    'intake.error.date': 'Enter a valid date, e.g. 2026-12-03.',
    'intake.error.trackingUnknown':
      'We do not know this tracking link. Check that the whole link is included.',

    'intake.form.title': 'Send a complaint or an inquiry',
    'intake.form.intro':
      'Tell us what it is about. We will call you within a few working days so we can talk it over together.',
    'intake.form.submit': 'Send',
    'intake.kind.legend': 'What is it about?',
    'intake.kind.complaint': 'Complaint about a decision',
    'intake.kind.complaint.hint':
      'You disagree with something the municipality has decided in your case, e.g. a refusal.',
    'intake.kind.grievance': 'Grievance',
    'intake.kind.grievance.hint':
      'You are unhappy with how you were treated, with waiting times or with the way your case was handled.',
    'intake.kind.inquiry': 'Inquiry',
    'intake.kind.inquiry.hint': 'You have a question, or you want to tell us something.',
    'intake.area.label': 'Area',
    'intake.area.hint': 'Choose the part of the municipality it is about.',
    'intake.area.placeholder': 'Choose an area',
    'intake.decision.legend': 'Only for a complaint about a decision',
    'intake.decision.hint':
      'If you are complaining about a decision, enter the date of the decision. You will find it in the decision letter.',
    'intake.decisionDate.label': 'Date of the decision',
    'intake.decisionDate.hint':
      'You can normally complain within 4 weeks of the day you received the decision. Write to us even if it is longer ago.',
    'intake.receipt.late.heading': 'The deadline for complaints may have passed',
    'intake.receipt.late.text':
      'Going by the date of the decision, more than 4 weeks have passed. We have received your complaint all the same. A member of staff will decide whether we can handle it and will tell you when we call.',
    'intake.decisionReference.label': 'Case number from the letter',
    'intake.decisionReference.hint': 'It is often at the top of the letter.',
    'intake.description.label': 'Describe what it is about',
    'intake.description.hint': 'Use your own words. A few lines are enough – we will ask more when we call.',
    'intake.contact.legend': 'How can we contact you?',
    'intake.name.label': 'Your name',
    'intake.phone.label': 'Phone number',
    'intake.email.label': 'E-mail',
    'intake.contact.hint': 'Enter your phone number, your e-mail or both. At least one of them is required.',
    'intake.time.legend': 'When is the best time for us to call you?',
    'intake.time.any': 'Any time during office hours',
    'intake.time.morning': 'In the morning',
    'intake.time.midday': 'Around midday',
    'intake.time.afternoon': 'In the afternoon',
    'intake.privacy.heading': 'How we use your information',
    'intake.privacy.who': '{kommune} is the data controller for the information you give us here.',
    'intake.privacy.why':
      'We use it to handle your case and to contact you about it. We do so as a public authority under the General Data Protection Regulation, article 6(1)(e), and article 9(2)(g) if you write about your health. That is why you do not have to give your consent.',
    'intake.privacy.recipients':
      'Only staff who work on your case can see the information. If we send a complaint on to the appeals body, it receives the case information.',
    'intake.privacy.howLong':
      'We keep the information for {years} years after the case is closed. Then we delete or anonymise it.',
    'intake.privacy.howLong.one':
      'We keep the information for 1 year after the case is closed. Then we delete or anonymise it.',
    'intake.privacy.rights':
      'You have the right to see the information we hold about you and to have wrong information corrected. You can object to the processing and in some cases have the information deleted or its processing restricted. You can complain to the Danish Data Protection Agency (datatilsynet.dk).',
    'intake.privacy.dpo':
      "If you have questions about your information, write to the municipality's data protection officer:",
    'intake.privacy.dpoUnknown':
      "If you have questions about your information, contact the municipality's data protection officer through the municipality.",

    'intake.receipt.title': 'Thank you – we have received your inquiry',
    'intake.receipt.caseNumber': 'Your case number',
    'intake.receipt.callBy': 'We will call you no later than {date}.',
    'intake.receipt.copy': 'You will also get a receipt by e-mail or text message.',
    'intake.receipt.next.heading': 'What happens next?',
    'intake.receipt.next.call': 'We call you. If we cannot reach you, we try again and write to you.',
    'intake.receipt.next.listen':
      'We listen to you, and together we find out what it is really about and what could solve it.',
    'intake.receipt.next.formal':
      'If we cannot agree, we look at the decision again. If we uphold it, we send your complaint on to the appeals body.',
    'intake.receipt.next.followUp': 'We write down what we agree with you and follow up until it is done.',
    'intake.receipt.tracking.heading': 'Follow your case',
    'intake.receipt.tracking.text':
      'Keep this link. With it you can always see how far your case has come. The link is personal, so do not share it.',

    'intake.tracking.title': 'Status of your case',
    'intake.tracking.caseNumber': 'Case number',
    'intake.tracking.kind': 'Type',
    'intake.tracking.area': 'Area',
    'intake.tracking.receivedOn': 'Received',
    'intake.tracking.state': 'Status',
    'intake.tracking.callBy': 'We will call you no later than {date}.',
    'intake.tracking.timeline': 'History',
    'intake.tracking.agreements': 'What we have agreed with you',
    'intake.tracking.agreement.owner': 'Who does it',
    'intake.tracking.agreement.owner.citizen': 'You',
    'intake.tracking.agreement.owner.kommune': 'The municipality',
    'intake.tracking.agreement.dueOn': 'By',
    'intake.tracking.agreement.status': 'Status of the agreement',
    'intake.tracking.agreement.kept': 'Kept',
    'intake.tracking.agreement.open': 'Not kept yet',
    'intake.tracking.privacy':
      'This page does not show your name, your contact details or what you wrote to us. Do not share the link.',
    'intake.tracking.notFound.text':
      'We cannot find a case with this link. Check that you used the whole link from your receipt.',
    'intake.state.received': 'Received',
    'intake.state.contacting': 'We are trying to reach you',
    'intake.state.in_dialogue': 'We are in dialogue with you',
    'intake.state.agreement': 'We are following up on our agreement with you',
    'intake.state.resolved': 'Resolved',
    'intake.state.withdrawn': 'Withdrawn',
    'intake.state.maintained': 'Your complaint is being re-assessed',
    'intake.state.reassessment': 'Your complaint is being re-assessed',
    'intake.state.forwarded': 'Sent on to the appeals body',
    'intake.state.appeal_decided': 'The appeals body has made a decision',
    'intake.state.closed': 'Closed',
    'intake.state.reopened': 'Reopened',
    'intake.event.case_received': 'We received your inquiry',
    'intake.event.state_changed': 'New status: {state}',
    'intake.event.first_contact': 'We spoke with you',
    'intake.event.formal_track_opened': 'Your complaint went on to re-assessment',
    'intake.event.reassessment_started': 'We started to re-assess the decision',
    'intake.event.reassessment_decided': 'We have re-assessed the decision',
    'intake.event.forwarded_to_appeals_body': 'Your complaint was sent to the appeals body',
    'intake.event.appeal_decided': 'The appeals body made a decision',
    'intake.event.case_closed': 'The case was closed',
    'intake.event.case_reopened': 'The case was reopened',
    'intake.event.letter_sent': 'We sent you a letter',
    'intake.event.other': 'The case was updated',
  },
);
