import { defineMessages } from '../../i18n/index.js';

/** The front door and the kommune's citizen home page. */
export const homeMessages = defineMessages(
  {
    'home.front.title': 'Borgerdialog',
    'home.front.lead': 'Klag, stil et spørgsmål eller følg din sag hos din kommune.',
    'home.front.kommuner': 'Vælg din kommune',
    'home.front.none': 'Der er endnu ingen kommuner på denne side.',
    'home.front.staff': 'For medarbejdere',
    'home.front.staffLogin': 'Log ind som medarbejder',
    'home.kommune.title': 'Kontakt {kommune}',
    'home.kommune.lead': 'Her kan du klage, stille et spørgsmål og se, hvordan du når os.',
    'home.kommune.write.heading': 'Klag eller stil et spørgsmål',
    'home.kommune.write.text':
      'Skriv til os, hvis du er utilfreds med en afgørelse eller med, hvordan vi har behandlet dig, eller hvis du har et spørgsmål. Du får en kvittering med den dato, hvor vi senest har ringet til dig.',
    'home.kommune.write.button': 'Skriv til os',
    'home.kommune.follow.heading': 'Følg din sag',
    'home.kommune.follow.text':
      'Når du har skrevet til os, får du et link til din sag i kvitteringen, på mail eller sms. Brug linket for at se, hvor langt sagen er. Linket er kun til dig.',
    'home.kommune.contact.heading': 'Sådan kontakter du os',
    'home.kommune.contact.empty': 'Kommunen har ikke lagt kontaktoplysninger ind endnu.',
    'home.contact.phone': 'Telefon',
    'home.contact.openingHours': 'Telefontid',
    'home.contact.email': 'E-mail',
    'home.contact.address': 'Adresse',
    'home.kommune.accessibility.heading': 'Tilgængelighed',
    'home.kommune.accessibility.link': 'Tilgængelighedserklæring for {kommune}',
  },
  {
    'home.front.title': 'Borgerdialog',
    'home.front.lead': 'Complain, ask a question or follow your case with your municipality.',
    'home.front.kommuner': 'Choose your municipality',
    'home.front.none': 'There are no municipalities on this site yet.',
    'home.front.staff': 'For staff',
    'home.front.staffLogin': 'Log in as a member of staff',
    'home.kommune.title': 'Contact {kommune}',
    'home.kommune.lead': 'Here you can complain, ask a question and see how to reach us.',
    'home.kommune.write.heading': 'Complain or ask a question',
    'home.kommune.write.text':
      'Write to us if you disagree with a decision or with how we treated you, or if you have a question. You get a receipt with the date by which we will have called you.',
    'home.kommune.write.button': 'Write to us',
    'home.kommune.follow.heading': 'Follow your case',
    'home.kommune.follow.text':
      'When you have written to us, the receipt, by e-mail or text message, has a link to your case. Use the link to see how far the case has come. The link is for you only.',
    'home.kommune.contact.heading': 'How to contact us',
    'home.kommune.contact.empty': 'The municipality has not added contact details yet.',
    'home.contact.phone': 'Phone',
    'home.contact.openingHours': 'Phone hours',
    'home.contact.email': 'E-mail',
    'home.contact.address': 'Address',
    'home.kommune.accessibility.heading': 'Accessibility',
    'home.kommune.accessibility.link': 'Accessibility statement for {kommune}',
  },
);
