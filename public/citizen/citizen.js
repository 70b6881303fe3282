// After a refused submit the form comes back with its error summary: move focus there (the DKFDS pattern), so a
// screen reader reads the errors at once and the keyboard starts from them. The summary also carries
// `autofocus`, which does the same where scripts do not run.
const summary = document.querySelector('[data-module="error-summary"]');
if (summary instanceof HTMLElement && document.activeElement !== summary) summary.focus();
