// Dates and times for people: the same formatter as the citizen pages and messages (Danish "kl. 21.02").
export { formatDate, formatDateTime, formatTime } from '../../../src/i18n/format.js';
