// The mail to a staff member whose account was locked after repeated wrong passwords (throttle.ts).
// Installed with the platform's own name when this file is loaded (the login routes import it).
import { defineMessages } from '../../i18n/index.js';
import { defineTemplates, installTemplates } from '../templates.js';

export const authTemplates = defineTemplates(
  { 'auth.locked': { required: ['failures', 'minutes', 'until'] } },
  defineMessages(
    {
      'auth.locked.mail.subject': 'Din konto i Borgerdialog er midlertidigt spærret',
      'auth.locked.mail.body':
        'Nogen har forsøgt at logge ind på din konto med forkert adgangskode {failures} gange i træk. ' +
        'For at beskytte kontoen kan der ikke logges ind på den i {minutes} minutter (til kl. {until}) ' +
        'fra steder, du ikke har logget ind fra før. Fra dit sædvanlige sted kan du logge ind som altid.\n\n' +
        'Var det ikke dig, så kontakt din administrator.\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'auth.locked.sms':
        '{kommuneName}: Din konto i Borgerdialog er spærret i {minutes} minutter (til kl. {until}).',
    },
    {
      'auth.locked.mail.subject': 'Your Borgerdialog account is temporarily locked',
      'auth.locked.mail.body':
        'Someone has tried to log in to your account with a wrong password {failures} times in a row. ' +
        'To protect the account, it cannot be logged in to for {minutes} minutes (until {until}) from places ' +
        'you have not logged in from before. From your usual place you can log in as always.\n\n' +
        'If this was not you, please contact your administrator.\n\n' +
        'Kind regards\n{kommuneName}',
      'auth.locked.sms':
        '{kommuneName}: Your Borgerdialog account is locked for {minutes} minutes (until {until}).',
    },
  ),
);

installTemplates('platform.auth', authTemplates);
