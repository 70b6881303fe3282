const TAG = { da: 'da-DK', en: 'en-GB' };
/** '2026-12-03' → '3. dec. 2026' / '3 Dec 2026'. */
export function formatDate(isoDate, locale) {
    const d = new Date(`${isoDate}T00:00:00Z`);
    if (Number.isNaN(d.getTime()))
        return isoDate;
    return new Intl.DateTimeFormat(TAG[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}
/** An instant as date and time in Danish time, where the kommune works. */
export function formatDateTime(instant, locale) {
    const d = new Date(instant);
    if (Number.isNaN(d.getTime()))
        return instant;
    return new Intl.DateTimeFormat(TAG[locale], {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Copenhagen',
    }).format(d);
}
//# sourceMappingURL=format.js.map