// The fetch-and-show pattern of the staff pages: loading → ready | failed, with the refusal in the user's
// language. A new `fetcher` (e.g. other filters) shows the loading state; `reload()` fetches again while the
// current data stays on screen. An answer to a superseded fetch is dropped, never shown.
import { useCallback, useEffect, useRef, useState } from 'react';
import { refusalText } from './api.js';
import { useI18n } from './i18n.js';
export function useLoad(fetcher) {
    const { t } = useI18n();
    const [load, setLoad] = useState({ status: 'loading' });
    const latest = useRef(0);
    const run = useCallback((showLoading) => {
        const id = ++latest.current;
        if (showLoading)
            setLoad({ status: 'loading' });
        fetcher().then((data) => id === latest.current && setLoad({ status: 'ready', data }), (e) => id === latest.current && setLoad({ status: 'failed', message: refusalText(t, e) }));
    }, [fetcher, t]);
    useEffect(() => {
        run(true);
        return () => {
            latest.current++; // unmounted or superseded: drop the answer
        };
    }, [run]);
    const reload = useCallback(() => run(false), [run]);
    /** Changes the shown data in place, e.g. after an action whose answer says what changed. */
    const update = useCallback((change) => setLoad((l) => (l.status === 'ready' ? { status: 'ready', data: change(l.data) } : l)), []);
    return { load, reload, update };
}
//# sourceMappingURL=useLoad.js.map