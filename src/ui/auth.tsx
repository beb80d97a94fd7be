import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { api, isApiError, setCsrfToken } from './api/client.ts';
import type { Me, SystemRole } from './api/types.ts';
import { Loading, ErrorAlert } from './components/status.tsx';
import { PageTitle } from './components/PageTitle.tsx';
import { useI18n } from './i18n/i18n.tsx';
import { Paragraph } from '@rijkshuisstijl-community/components-react';

export const meQueryKey = ['auth', 'me'] as const;

export function fetchMe(): Promise<Me> {
  return api.get<Me>('/api/auth/me', { skipAuthRedirect: true });
}

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: fetchMe,
    retry: false,
    staleTime: 60_000,
  });
}

export type CurrentUser = NonNullable<Me['user']>;

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used inside <RequireAuth>');
  return user;
}

/** The signed-in user, or null outside the protected area (e.g. on the sign-in page). */
export function useOptionalUser(): CurrentUser | null {
  return useContext(CurrentUserContext);
}

export function hasRole(user: CurrentUser | null, role: SystemRole): boolean {
  return Boolean(user?.systemRoles?.includes(role));
}

export interface SignInLocationState {
  from?: string;
  reason?: 'expired' | 'signedOut';
}

/** Layout route: renders children only for a fully signed-in user, else goes to /aanmelden. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const { t } = useI18n();
  const from = `${location.pathname}${location.search}${location.hash}`;

  if (me.isPending) {
    return (
      <>
        <PageTitle>{t('app.name')}</PageTitle>
        <Loading />
      </>
    );
  }
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      return <Navigate to="/aanmelden" replace state={{ from } satisfies SignInLocationState} />;
    }
    return (
      <>
        <PageTitle>{t('error.title')}</PageTitle>
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </>
    );
  }
  if (me.data.stage !== 'complete' || !me.data.user) {
    return <Navigate to="/aanmelden" replace state={{ from } satisfies SignInLocationState} />;
  }
  return <CurrentUserContext.Provider value={me.data.user}>{children ?? <Outlet />}</CurrentUserContext.Provider>;
}

/** Provides the user (if any) to the layout outside the protected routes, without redirecting. */
export function OptionalUserProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const user = me.data?.stage === 'complete' ? (me.data.user ?? null) : null;
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

/** Layout route: only for users with the given system role; shows "Geen toegang" otherwise. */
export function RequireRole({ role, children }: { role: SystemRole; children?: ReactNode }) {
  const user = useCurrentUser();
  const { t } = useI18n();
  if (!hasRole(user, role)) {
    return (
      <>
        <PageTitle>{t('error.forbiddenTitle')}</PageTitle>
        <Paragraph>{t('error.forbidden')}</Paragraph>
      </>
    );
  }
  return <>{children ?? <Outlet />}</>;
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post<void>('/api/auth/logout', undefined, { skipAuthRedirect: true });
      } catch (error) {
        // Already signed out (401) is fine; anything else is reported.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      setCsrfToken(null);
      navigate('/aanmelden', { replace: true, state: { reason: 'signedOut' } satisfies SignInLocationState });
      queryClient.clear();
    },
  });
}
