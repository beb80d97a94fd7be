import { Button, PageHeader, Paragraph, SkipLink } from '@rijkshuisstijl-community/components-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type MouseEvent } from 'react';
import { Outlet, useLocation } from 'react-router';
import { api } from '../api/client.ts';
import { notificationsQueryKey, useNotifications } from '../api/queries.ts';
import type { Health } from '../api/types.ts';
import { hasRole, useOptionalUser, useSignOut } from '../auth.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { AppLink, AppNavLink } from './AppLink.tsx';
import { ErrorAlert } from './status.tsx';

export function Layout() {
  const { t, language, setLanguage } = useI18n();
  const user = useOptionalUser();
  const signOut = useSignOut();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => api.get<Health>('/api/health', { skipAuthRedirect: true }),
    staleTime: Infinity,
    retry: false,
  });

  // After client-side navigation, move focus to the main content so screen reader and
  // keyboard users start at the new page (not on the initial page load).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const otherLanguage = language === 'nl' ? 'en' : 'nl';
  const isAdmin = hasRole(user, 'administrator');
  const isPrivacyOfficer = hasRole(user, 'privacy_officer');
  // Resident data is only reachable through a team membership (administrators, managers and
  // privacy officers see no case files), so only team members get the person search.
  const worksInTeam = (user?.teams?.length ?? 0) > 0;
  const notifications = useNotifications(worksInTeam);
  const unread = notifications.data?.unread ?? 0;
  const queryClient = useQueryClient();

  // Notifications (no personal data, reading them is not logged) are checked again on every page change.
  const notifiedPath = useRef(location.pathname);
  useEffect(() => {
    if (notifiedPath.current === location.pathname) return;
    notifiedPath.current = location.pathname;
    if (worksInTeam) void queryClient.invalidateQueries({ queryKey: notificationsQueryKey });
  }, [location.pathname, worksInTeam, queryClient]);

  return (
    <div className="samenspel-app">
      <SkipLink
        href="#main"
        onClick={(event: MouseEvent<HTMLAnchorElement>) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipLink')}
      </SkipLink>
      <PageHeader className="samenspel-header">
        <div className="samenspel-header__bar samenspel-wrapper">
          <AppLink to="/" className="samenspel-brand">
            <span className="samenspel-brand__name">{t('app.name')}</span>
            <span className="samenspel-brand__tagline">{t('app.tagline')}</span>
          </AppLink>
          <div className="samenspel-header__actions">
            {user ? <span className="samenspel-header__user">{t('nav.signedInAs', { name: user.displayName })}</span> : null}
            <Button
              appearance="subtle-button"
              type="button"
              lang={otherLanguage}
              className="samenspel-language-switch"
              onClick={() => setLanguage(otherLanguage)}
            >
              {t('lang.switchTo')}
            </Button>
            {user ? (
              <Button
                appearance="secondary-action-button"
                type="button"
                busy={signOut.isPending}
                disabled={signOut.isPending}
                onClick={() => signOut.mutate()}
              >
                {t('nav.signOut')}
              </Button>
            ) : null}
          </div>
        </div>
        {user ? (
          <nav aria-label={t('nav.label')} className="samenspel-nav">
            <ul className="samenspel-nav__list samenspel-wrapper">
              <li>
                <AppNavLink to="/" end>
                  {t('nav.home')}
                </AppNavLink>
              </li>
              {worksInTeam ? (
                <>
                  <li>
                    <AppNavLink to="/aanmeldingen/nieuw">{t('nav.newRegistration')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/personen">{t('nav.persons')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/meldingen" data-testid="notifications-link">
                      {unread > 0 ? t('nav.notificationsCount', { n: unread }) : t('nav.notifications')}
                    </AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/noodtoegang">{t('nav.emergency')}</AppNavLink>
                  </li>
                </>
              ) : null}
              {isPrivacyOfficer ? (
                <>
                  <li>
                    <AppNavLink to="/privacy/inzage">{t('nav.privacy')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/privacy/noodtoegang">{t('nav.emergencyReview')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/privacy/verwerkingsregister">{t('nav.register')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/privacy/wie-ziet-wat">{t('nav.whoSees')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/privacy/rechten">{t('nav.rights')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/privacy/bewaartermijnen">{t('nav.retention')}</AppNavLink>
                  </li>
                </>
              ) : null}
              {isAdmin ? (
                <>
                  <li>
                    <AppNavLink to="/beheer/gemeenten">{t('nav.admin.municipalities')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/beheer/organisaties">{t('nav.admin.organisations')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/beheer/teams">{t('nav.admin.teams')}</AppNavLink>
                  </li>
                  <li>
                    <AppNavLink to="/beheer/gebruikers">{t('nav.admin.users')}</AppNavLink>
                  </li>
                </>
              ) : null}
              {isAdmin || hasRole(user, 'manager') ? (
                <li>
                  <AppNavLink to="/organisatiemodel">{t('nav.configuration')}</AppNavLink>
                </li>
              ) : null}
              <li>
                <AppNavLink to="/instrumenten">{t('nav.catalogue')}</AppNavLink>
              </li>
              <li>
                <AppNavLink to="/sessies">{t('nav.sessions')}</AppNavLink>
              </li>
            </ul>
          </nav>
        ) : null}
      </PageHeader>
      <main id="main" ref={mainRef} tabIndex={-1} className="samenspel-main samenspel-wrapper">
        {signOut.isError ? <ErrorAlert error={signOut.error} /> : null}
        <Outlet />
      </main>
      {/* Same markup and classes as the RHC Footer component (which pulls in its whole icon set), without
          its "primary filled" variant: the footer colours come from the Samenspel theme tokens. */}
      <footer className="utrecht-page-footer rhc-page-footer samenspel-footer">
        <div className="rhc-page-footer__content rhc-page-footer__wrapper samenspel-footer__content">
          <Paragraph>{t('app.footer')}</Paragraph>
          {health.data?.version ? <Paragraph>{t('app.version', { version: health.data.version })}</Paragraph> : null}
        </div>
      </footer>
    </div>
  );
}
