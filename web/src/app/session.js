import { jsx as _jsx } from "react/jsx-runtime";
// Who is signed in: asked once from /auth/me, set by the login page, cleared on logout or a 401.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, onUnauthorized, setCsrfToken } from './api.js';
const SessionContext = createContext(null);
export function SessionProvider({ children }) {
    const [me, setMe] = useState(undefined);
    const signedIn = useCallback((next) => {
        setCsrfToken(next.csrfToken);
        setMe(next);
    }, []);
    const signedOut = useCallback(() => {
        setCsrfToken(null);
        setMe(null);
    }, []);
    useEffect(() => {
        let live = true;
        api('GET', '/auth/me').then((m) => live && signedIn(m), (e) => {
            if (!live)
                return;
            if (e instanceof ApiError && e.status === 401)
                signedOut();
            else
                setMe(null); // the server is unreachable: the login page says so when tried
        });
        onUnauthorized(signedOut);
        return () => {
            live = false;
            onUnauthorized(null);
        };
    }, [signedIn, signedOut]);
    const logout = useCallback(async () => {
        try {
            await api('POST', '/auth/logout');
        }
        finally {
            signedOut();
        }
    }, [signedOut]);
    const value = useMemo(() => ({ me, signedIn, logout }), [me, signedIn, logout]);
    return _jsx(SessionContext.Provider, { value: value, children: children });
}
export function useSession() {
    const value = useContext(SessionContext);
    if (!value)
        throw new Error('useSession outside SessionProvider');
    return value;
}
//# sourceMappingURL=session.js.map