import { jsx as _jsx } from "react/jsx-runtime";
// A hand-written router over the History API: the app has a handful of routes, no package needed.
// Paths inside the app are written without the /staff base ('/sager'); links and history carry the base.
import { useEffect, useSyncExternalStore } from 'react';
export const BASE = '/staff';
const CHANGE = 'borgerdialog:navigate';
function subscribe(onChange) {
    window.addEventListener('popstate', onChange);
    window.addEventListener(CHANGE, onChange);
    return () => {
        window.removeEventListener('popstate', onChange);
        window.removeEventListener(CHANGE, onChange);
    };
}
const snapshot = () => window.location.pathname + window.location.search;
/** The current app path (without the base) and query, re-rendering on every navigation. */
export function useLocation() {
    const href = useSyncExternalStore(subscribe, snapshot);
    const url = new URL(href, window.location.origin);
    const path = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) || '/' : url.pathname;
    return { path: path.length > 1 ? path.replace(/\/$/, '') : path, search: url.searchParams };
}
export function navigate(to, opts = {}) {
    const href = BASE + to;
    if (href === snapshot())
        return;
    if (opts.replace)
        window.history.replaceState(null, '', href);
    else
        window.history.pushState(null, '', href);
    window.dispatchEvent(new Event(CHANGE));
}
/** Params of `pattern` ('/sager/:caseNumber') in `path`, or null when it does not match. */
export function match(pattern, path) {
    const want = pattern.split('/');
    const got = path.split('/');
    if (want.length !== got.length)
        return null;
    const params = {};
    for (const [i, part] of want.entries()) {
        const value = got[i] ?? '';
        if (part.startsWith(':')) {
            if (!value)
                return null;
            params[part.slice(1)] = decodeURIComponent(value);
        }
        else if (part !== value)
            return null;
    }
    return params;
}
/** A real link (opens in a new tab, copies), handled in the app on a plain click. */
export function Link({ to, onClick, ...rest }) {
    const handle = (e) => {
        onClick?.(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
            return;
        e.preventDefault();
        navigate(to);
    };
    return _jsx("a", { href: BASE + to, onClick: handle, ...rest });
}
/** Navigate on render, e.g. '/' to the queue; replaces history so Back does not bounce. */
export function Redirect({ to }) {
    useEffect(() => navigate(to, { replace: true }), [to]);
    return null;
}
/** The browser tab's title, per page (WCAG 2.4.2). */
export function usePageTitle(title, appName) {
    useEffect(() => {
        document.title = `${title} – ${appName}`;
    }, [title, appName]);
}
//# sourceMappingURL=router.js.map