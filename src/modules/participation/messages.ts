// The participation module's texts: the citizen pages, the API's errors, the outcomes and the figures.
import { defineMessages } from '../../i18n/index.js';

export const participationMessages = defineMessages(
  {
    'participation.home.heading': 'Vær med til at forme din kommune',
    'participation.home.text':
      'Se høringer og idérunder, giv dit bidrag og læs, hvad kommunen gør med bidragene.',
    'participation.home.label': 'Se høringer og borgerinddragelse',

    'participation.list.title': 'Høringer og borgerinddragelse',
    'participation.list.lead':
      'Her kan du se, hvad du kan få indflydelse på lige nu, og hvad der kom ud af de afsluttede forløb.',
    'participation.list.open': 'Åbne forløb',
    'participation.list.closed': 'Afsluttede forløb',
    'participation.list.noneOpen': 'Der er ingen åbne forløb lige nu.',
    'participation.list.noneClosed': 'Der er ingen afsluttede forløb endnu.',
    'participation.list.until': 'Du kan give dit bidrag til og med {date}.',
    'participation.list.closedOn': 'Afsluttet {date}. Svar til bidragyderne efter {days} dage.',

    'participation.page.influence': 'Det kan du få indflydelse på',
    'participation.page.decided': 'Det er allerede besluttet',
    'participation.page.question': 'Spørgsmålet',
    'participation.page.phases': 'Forløbet',
    'participation.page.results': 'Resultater og bidrag',
    'participation.page.noContributions': 'Der er ingen offentliggjorte bidrag endnu.',
    'participation.page.noAnswer': 'Kommunen har endnu ikke svaret på dette tema.',
    'participation.page.askWhom': 'Spørg i stedet: {whom}',
    'participation.page.answerChanged': 'Svaret er rettet {date}.',
    'participation.page.ungrouped': 'Bidrag, der endnu ikke er samlet i et tema',
    'participation.page.imageAlt': 'Billede, som borgeren har vedhæftet bidraget',
    'participation.page.contribute': 'Giv dit bidrag',
    'participation.page.contributeLead':
      'Du behøver ikke logge ind. Skriv dit navn og din e-mail eller dit telefonnummer, hvis du vil have svar på dit bidrag. Dine kontaktoplysninger bliver ikke vist offentligt.',
    'participation.page.notTaking': 'Forløbet tager ikke imod bidrag lige nu.',
    'participation.page.thanks':
      'Tak for dit bidrag. Vi læser det, før det bliver vist her. Har du skrevet din e-mail eller dit telefonnummer, får du svar, når kommunen har besluttet, hvad den gør med bidragene.',
    'participation.page.timeToFeedback':
      'Kommunen svarede bidragyderne {days} dage efter høringens afslutning.',
    'participation.page.back': 'Alle høringer og forløb',

    'participation.form.text': 'Dit bidrag',
    'participation.form.name': 'Dit navn',
    'participation.form.email': 'Din e-mail',
    'participation.form.phone': 'Dit telefonnummer',
    'participation.form.image': 'Et billede',
    'participation.form.imageHint':
      'JPEG eller PNG, højst 5 MB. Billedet vises først, når bidraget er godkendt.',
    'participation.form.submit': 'Send dit bidrag',
    'participation.form.errors': 'Der er fejl i formularen',

    'participation.phase.idea': 'Idéfase',
    'participation.phase.hearing': 'Høring',
    'participation.phase.decision': 'Beslutning',
    'participation.phase.feedback': 'Tilbagemelding',
    'participation.phase.dates': '{from} – {to}',

    'participation.outcome.adopted': 'Vedtaget',
    'participation.outcome.partly': 'Delvist vedtaget',
    'participation.outcome.not_adopted': 'Ikke vedtaget',
    'participation.outcome.outside': 'Uden for det, høringen kan ændre',

    'participation.channels.online': 'Online',
    'participation.channels.meeting': 'Møde',
    'participation.channels.both': 'Online og møde',

    'participation.error.notFound': 'Forløbet findes ikke.',
    'participation.error.contributionNotFound': 'Bidraget findes ikke i dette forløb.',
    'participation.error.groupNotFound': 'Temaet findes ikke i dette forløb.',
    'participation.error.room':
      'Skriv både, hvad borgerne kan få indflydelse på, og hvad der allerede er besluttet.',
    'participation.error.influence': 'Skriv, hvad borgerne kan få indflydelse på.',
    'participation.error.decided': 'Skriv, hvad der allerede er besluttet, og af hvem.',
    'participation.error.phase': 'En fase kan ikke slutte, før den begynder.',
    'participation.error.notDraft': 'Forløbet er allerede offentliggjort.',
    'participation.error.notOpen': 'Forløbet er ikke offentliggjort endnu.',
    'participation.error.notTaking': 'Forløbet tager ikke imod bidrag lige nu.',
    'participation.error.meetingOnly': 'Bidrag til dette forløb gives på møde.',
    'participation.error.closed': 'Forløbet er afsluttet og kan ikke ændres.',
    'participation.error.reason': 'Skriv en begrundelse, som bidragyderen kan se.',
    'participation.error.grouped': 'Bidraget er samlet i et tema og kan ikke afvises.',
    'participation.error.groupContributions':
      'Et tema kan kun samle godkendte bidrag fra forløbet, der ikke allerede er i et tema.',
    'participation.error.answer': 'Skriv kommunens svar.',
    'participation.error.askWhom': 'Skriv, hvem borgeren kan spørge i stedet.',
    'participation.error.text': 'Skriv dit bidrag (mindst 3 tegn, højst 5000).',
    'participation.error.email': 'Skriv en gyldig e-mailadresse.',
    'participation.error.phone': 'Skriv et dansk telefonnummer med 8 cifre.',
    'participation.error.name': 'Navnet må højst være 200 tegn.',
    'participation.error.closing': 'Forløbet kan ikke afsluttes endnu: {count} ting mangler.',
    'participation.error.department': 'Vælg en af kommunens forvaltninger.',
    'participation.error.imageType': 'Billedet skal være en JPEG- eller PNG-fil.',
    'participation.error.imageSize': 'Billedet må højst fylde 5 MB.',
    'participation.error.imageBroken': 'Billedet kan ikke læses. Prøv at gemme det igen som JPEG eller PNG.',
    'participation.error.imageNotFound': 'Bidraget har intet billede, der kan vises.',
    'participation.error.owner': 'Vælg en medarbejder i kommunen, der kan stå for forløbet.',

    'participation.figure.processes': 'Borgerinddragelse: forløb',
    'participation.figure.contributions': 'Borgerinddragelse: bidrag',
    'participation.figure.contributors': 'Borgerinddragelse: bidragydere',
    'participation.figure.feedbackShare':
      'Borgerinddragelse: andel bidragydere med kontakt, der har fået svar',
    'participation.figure.daysToFeedback':
      'Borgerinddragelse: dage fra høringens afslutning til svar (median)',
  },
  {
    'participation.home.heading': 'Help shape your municipality',
    'participation.home.text':
      'See hearings and idea rounds, give your contribution and read what the municipality does with the contributions.',
    'participation.home.label': 'See hearings and participation',

    'participation.list.title': 'Hearings and participation',
    'participation.list.lead':
      'Here you can see what you can influence right now, and what came of the processes that have ended.',
    'participation.list.open': 'Open processes',
    'participation.list.closed': 'Closed processes',
    'participation.list.noneOpen': 'There are no open processes right now.',
    'participation.list.noneClosed': 'There are no closed processes yet.',
    'participation.list.until': 'You can contribute until and including {date}.',
    'participation.list.closedOn': 'Closed {date}. Contributors were answered after {days} days.',

    'participation.page.influence': 'What you can influence',
    'participation.page.decided': 'What has already been decided',
    'participation.page.question': 'The question',
    'participation.page.phases': 'The process',
    'participation.page.results': 'Results and contributions',
    'participation.page.noContributions': 'There are no published contributions yet.',
    'participation.page.noAnswer': 'The municipality has not answered this theme yet.',
    'participation.page.askWhom': 'Ask instead: {whom}',
    'participation.page.answerChanged': 'The answer was corrected on {date}.',
    'participation.page.ungrouped': 'Contributions not yet gathered in a theme',
    'participation.page.imageAlt': 'Image the citizen attached to the contribution',
    'participation.page.contribute': 'Give your contribution',
    'participation.page.contributeLead':
      'You do not need to log in. Write your name and your e-mail or phone number if you want an answer to your contribution. Your contact details are never shown publicly.',
    'participation.page.notTaking': 'The process does not take contributions right now.',
    'participation.page.thanks':
      'Thank you for your contribution. We read it before it is shown here. If you gave your e-mail or phone number, you will get an answer once the municipality has decided what it does with the contributions.',
    'participation.page.timeToFeedback':
      'The municipality answered the contributors {days} days after the hearing ended.',
    'participation.page.back': 'All hearings and processes',

    'participation.form.text': 'Your contribution',
    'participation.form.name': 'Your name',
    'participation.form.email': 'Your e-mail',
    'participation.form.phone': 'Your phone number',
    'participation.form.image': 'An image',
    'participation.form.imageHint':
      'JPEG or PNG, at most 5 MB. The image is shown once the contribution is approved.',
    'participation.form.submit': 'Send your contribution',
    'participation.form.errors': 'There are errors in the form',

    'participation.phase.idea': 'Ideas',
    'participation.phase.hearing': 'Hearing',
    'participation.phase.decision': 'Decision',
    'participation.phase.feedback': 'Feedback',
    'participation.phase.dates': '{from} – {to}',

    'participation.outcome.adopted': 'Adopted',
    'participation.outcome.partly': 'Adopted in part',
    'participation.outcome.not_adopted': 'Not adopted',
    'participation.outcome.outside': 'Outside what the hearing can change',

    'participation.channels.online': 'Online',
    'participation.channels.meeting': 'Meeting',
    'participation.channels.both': 'Online and meeting',

    'participation.error.notFound': 'The process does not exist.',
    'participation.error.contributionNotFound': 'The contribution does not exist in this process.',
    'participation.error.groupNotFound': 'The theme does not exist in this process.',
    'participation.error.room': 'Write both what citizens can influence and what has already been decided.',
    'participation.error.influence': 'Write what citizens can influence.',
    'participation.error.decided': 'Write what has already been decided, and by whom.',
    'participation.error.phase': 'A phase cannot end before it begins.',
    'participation.error.notDraft': 'The process has already been published.',
    'participation.error.notOpen': 'The process has not been published yet.',
    'participation.error.notTaking': 'The process does not take contributions right now.',
    'participation.error.meetingOnly': 'Contributions to this process are given at a meeting.',
    'participation.error.closed': 'The process is closed and cannot be changed.',
    'participation.error.reason': 'Write a reason the contributor can see.',
    'participation.error.grouped': 'The contribution is gathered in a theme and cannot be rejected.',
    'participation.error.groupContributions':
      'A theme can only gather approved contributions of the process that are not in a theme already.',
    'participation.error.answer': "Write the municipality's answer.",
    'participation.error.askWhom': 'Write whom the citizen can ask instead.',
    'participation.error.text': 'Write your contribution (at least 3 characters, at most 5000).',
    'participation.error.email': 'Write a valid e-mail address.',
    'participation.error.phone': 'Write a Danish phone number of 8 digits.',
    'participation.error.name': 'The name can be at most 200 characters.',
    'participation.error.closing': 'The process cannot be closed yet: {count} things are missing.',
    'participation.error.department': "Choose one of the municipality's departments.",
    'participation.error.imageType': 'The image must be a JPEG or PNG file.',
    'participation.error.imageSize': 'The image can be at most 5 MB.',
    'participation.error.imageBroken': 'The image cannot be read. Try saving it again as JPEG or PNG.',
    'participation.error.imageNotFound': 'The contribution has no image that can be shown.',
    'participation.error.owner': 'Choose a member of staff in the municipality who can run the process.',

    'participation.figure.processes': 'Participation: processes',
    'participation.figure.contributions': 'Participation: contributions',
    'participation.figure.contributors': 'Participation: contributors',
    'participation.figure.feedbackShare':
      'Participation: share of contributors with contact details who got an answer',
    'participation.figure.daysToFeedback':
      'Participation: days from the end of the hearing to the answer (median)',
  },
);
