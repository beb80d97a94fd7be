import { MutationCache, QueryCache, QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { isApiError, onUnauthorized } from './api/client.ts';
import { OptionalUserProvider, RequireAuth, RequireRole, type SignInLocationState } from './auth.tsx';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/status.tsx';
import { I18nProvider } from './i18n/i18n.tsx';
import HomePage from './pages/HomePage.tsx';
import HouseholdPage from './pages/HouseholdPage.tsx';
import NotFoundPage from './pages/NotFoundPage.tsx';
import NotificationsPage from './pages/NotificationsPage.tsx';
import PersonPage from './pages/PersonPage.tsx';
import PersonSearchPage from './pages/PersonSearchPage.tsx';
import RegistrationPage from './pages/RegistrationPage.tsx';
import SessionsPage from './pages/SessionsPage.tsx';
import SignInPage from './pages/SignInPage.tsx';
import TriagePage from './pages/TriagePage.tsx';

// Pages only some roles use are split into separate chunks.
const PrivacyAccessPage = lazy(() => import('./pages/PrivacyAccessPage.tsx'));
const RegisterPage = lazy(() => import('./pages/privacy/RegisterPage.tsx'));
const ActivityPage = lazy(() => import('./pages/privacy/ActivityPage.tsx'));
const WhoSeesWhatPage = lazy(() => import('./pages/privacy/WhoSeesWhatPage.tsx'));
const PersonRightsPage = lazy(() => import('./pages/privacy/PersonRightsPage.tsx'));
const PersonRightsDetailPage = lazy(() => import('./pages/privacy/PersonRightsDetailPage.tsx'));
const RetentionPage = lazy(() => import('./pages/privacy/RetentionPage.tsx'));
const MunicipalitiesPage = lazy(() => import('./pages/admin/MunicipalitiesPage.tsx'));
const OrganisationsPage = lazy(() => import('./pages/admin/OrganisationsPage.tsx'));
const TeamsPage = lazy(() => import('./pages/admin/TeamsPage.tsx'));
const TeamDetailPage = lazy(() => import('./pages/admin/TeamDetailPage.tsx'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage.tsx'));
const UserDetailPage = lazy(() => import('./pages/admin/UserDetailPage.tsx'));
const IntakePage = lazy(() => import('./pages/intake/IntakePage.tsx'));
const PlanPage = lazy(() => import('./pages/plan/PlanPage.tsx'));
const EmergencyRequestPage = lazy(() => import('./pages/emergency/EmergencyRequestPage.tsx'));
const EmergencyReviewPage = lazy(() => import('./pages/emergency/EmergencyReviewPage.tsx'));
const CaseViewRedirect = lazy(() => import('./pages/case-view/CaseViewRedirect.tsx'));
const CaseViewPage = lazy(() => import('./pages/case-view/CaseViewPage.tsx'));
const CataloguePage = lazy(() => import('./pages/catalogue/CataloguePage.tsx'));
const FinderPage = lazy(() => import('./pages/catalogue/FinderPage.tsx'));
const ConfigurationRoutes = lazy(() => import('./pages/configuration/ConfigurationRoutes.tsx'));
const PresetsPage = lazy(() => import('./pages/presets/PresetsPage.tsx'));
const TrajectoryPage = lazy(() => import('./pages/trajectories/TrajectoryPage.tsx'));
const WorkGuidancePage = lazy(() => import('./pages/work-guidance/WorkGuidancePage.tsx'));

function Lazy({ component: Component }: { component: ComponentType }) {
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}

function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache(),
    mutationCache: new MutationCache(),
    defaultOptions: {
      queries: {
        // Every read of personal data is logged by the server; do not refetch behind the user's back.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 30_000,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status !== 0 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}

/** Sends the user to the sign-in page when any API call answers 401. */
function UnauthorizedRedirect() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const location = useLocation();
  const locationRef = useRef(location);
  locationRef.current = location;

  useEffect(() => {
    onUnauthorized(() => {
      const current = locationRef.current;
      if (current.pathname === '/aanmelden') return;
      navigate('/aanmelden', {
        replace: true,
        state: { from: `${current.pathname}${current.search}`, reason: 'expired' } satisfies SignInLocationState,
      });
      // Drop all cached (personal) data of the ended session.
      queryClient.clear();
    });
    return () => onUnauthorized(null);
  }, [navigate, queryClient]);
  return null;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        element={
          <OptionalUserProvider>
            <Layout />
          </OptionalUserProvider>
        }
      >
        <Route path="aanmelden" element={<SignInPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route path="personen" element={<PersonSearchPage />} />
          <Route path="personen/:id" element={<PersonPage />} />
          <Route path="personen/:id/instrumenten" element={<Lazy component={FinderPage} />} />
          <Route path="personen/:id/werk" element={<Lazy component={WorkGuidancePage} />} />
          <Route path="instrumenten" element={<Lazy component={CataloguePage} />} />
          <Route path="huishoudens/:id" element={<HouseholdPage />} />
          <Route path="huishoudens/:id/plan" element={<Lazy component={PlanPage} />} />
          <Route path="huishoudens/:id/casusbespreking" element={<Lazy component={CaseViewRedirect} />} />
          <Route path="casusbespreking" element={<Lazy component={CaseViewPage} />} />
          <Route path="noodtoegang" element={<Lazy component={EmergencyRequestPage} />} />
          <Route path="intakes/:id" element={<Lazy component={IntakePage} />} />
          <Route path="trajecten/:id" element={<Lazy component={TrajectoryPage} />} />
          <Route path="aanmeldingen/nieuw" element={<RegistrationPage />} />
          <Route path="teams/:id/dagstart" element={<TriagePage />} />
          <Route path="meldingen" element={<NotificationsPage />} />
          <Route path="sessies" element={<SessionsPage />} />
          <Route element={<RequireRole role="privacy_officer" />}>
            <Route path="privacy/inzage" element={<Lazy component={PrivacyAccessPage} />} />
            <Route path="privacy/noodtoegang" element={<Lazy component={EmergencyReviewPage} />} />
            <Route path="privacy/verwerkingsregister" element={<Lazy component={RegisterPage} />} />
            <Route path="privacy/verwerkingsregister/:id" element={<Lazy component={ActivityPage} />} />
            <Route path="privacy/wie-ziet-wat" element={<Lazy component={WhoSeesWhatPage} />} />
            <Route path="privacy/rechten" element={<Lazy component={PersonRightsPage} />} />
            <Route path="privacy/rechten/:id" element={<Lazy component={PersonRightsDetailPage} />} />
            <Route path="privacy/bewaartermijnen" element={<Lazy component={RetentionPage} />} />
          </Route>
          <Route path="organisatiemodel/*" element={<Lazy component={ConfigurationRoutes} />} />
          <Route path="beheer" element={<RequireRole role="administrator" />}>
            <Route index element={<Navigate to="/beheer/teams" replace />} />
            <Route path="gemeenten" element={<Lazy component={MunicipalitiesPage} />} />
            <Route path="organisaties" element={<Lazy component={OrganisationsPage} />} />
            <Route path="teams" element={<Lazy component={TeamsPage} />} />
            <Route path="teams/:id" element={<Lazy component={TeamDetailPage} />} />
            <Route path="gebruikers" element={<Lazy component={UsersPage} />} />
            <Route path="gebruikers/:id" element={<Lazy component={UserDetailPage} />} />
            <Route path="voorbeeldmodellen" element={<Lazy component={PresetsPage} />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  const queryClientRef = useRef<QueryClient | null>(null);
  queryClientRef.current ??= createQueryClient();
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClientRef.current}>
        <BrowserRouter>
          <UnauthorizedRedirect />
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </I18nProvider>
  );
}
