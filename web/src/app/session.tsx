// Who is signed in: asked once from /auth/me, set by the login page, cleared on logout or a 401.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, onUnauthorized, setCsrfToken } from './api.js';

export interface Me {
  id: string;
  email: string;
  name: string;
  role: string;
  kommuneId: string;
  departmentId: string | null;
  teamId: string | null;
  csrfToken: string | null;
}

/** undefined while asking the server, null when nobody is signed in. */
type SessionState = Me | null | undefined;

interface Session {
  me: SessionState;
  signedIn: (me: Me) => void;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<SessionState>(undefined);

  const signedIn = useCallback((next: Me) => {
    setCsrfToken(next.csrfToken);
    setMe(next);
  }, []);

  const signedOut = useCallback(() => {
    setCsrfToken(null);
    setMe(null);
  }, []);

  useEffect(() => {
    let live = true;
    api<Me>('GET', '/auth/me').then(
      (m) => live && signedIn(m),
      (e: unknown) => {
        if (!live) return;
        if (e instanceof ApiError && e.status === 401) signedOut();
        else setMe(null); // the server is unreachable: the login page says so when tried
      },
    );
    onUnauthorized(signedOut);
    return () => {
      live = false;
      onUnauthorized(null);
    };
  }, [signedIn, signedOut]);

  const logout = useCallback(async () => {
    try {
      await api('POST', '/auth/logout');
    } finally {
      signedOut();
    }
  }, [signedOut]);

  const value = useMemo(() => ({ me, signedIn, logout }), [me, signedIn, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
