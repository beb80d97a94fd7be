import { Button, Heading, OrderedList, OrderedListItem, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Alert } from '../components/Alert.tsx';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, isApiError, setCsrfToken } from '../api/client.ts';
import type { LoginResponse, SignInStage, TotpEnrolment } from '../api/types.ts';
import { meQueryKey, useMe, type SignInLocationState } from '../auth.tsx';
import { TextField } from '../components/fields.tsx';
import { useDocumentTitle } from '../components/PageTitle.tsx';
import { ErrorAlert, Loading, errorMessage } from '../components/status.tsx';
import { useI18n, type Translate } from '../i18n/i18n.tsx';

type Step = 'credentials' | 'totp' | 'totp_enrolment';

function formatWait(t: Translate, seconds: number): string {
  if (seconds < 60) return t('time.seconds', { n: Math.max(1, Math.ceil(seconds)) });
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? t('time.minute') : t('time.minutes', { n: minutes });
}

function lockedMessage(t: Translate, error: unknown): string {
  if (isApiError(error) && error.retryAfterSeconds !== undefined) {
    return t('signIn.locked', { time: formatWait(t, error.retryAfterSeconds) });
  }
  return t('signIn.lockedNoTime');
}

/** Group a base32 secret in blocks of 4 for manual entry. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}

function safeFrom(from: string | undefined): string {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/aanmelden')) return '/';
  return from;
}

export default function SignInPage() {
  const { t } = useI18n();
  const me = useMe();
  const location = useLocation();
  const state = (location.state ?? null) as SignInLocationState | null;
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef<Step | null>(null);

  const currentStep: Step =
    step ?? (me.data && me.data.stage !== 'complete' ? (me.data.stage as Step) : 'credentials');

  const title =
    currentStep === 'totp' ? t('signIn.totpTitle') : currentStep === 'totp_enrolment' ? t('signIn.enrolTitle') : t('signIn.title');
  useDocumentTitle(title);

  // When the sign-in flow advances, move focus: to the new heading (the enrolment instructions
  // must be read first), except for the code step, whose form focuses its only field itself.
  useEffect(() => {
    if (previousStep.current !== null && previousStep.current !== currentStep && currentStep !== 'totp') headingRef.current?.focus();
    previousStep.current = currentStep;
  }, [currentStep]);

  const complete = async () => {
    await queryClient.refetchQueries({ queryKey: meQueryKey });
  };

  const restart = async () => {
    try {
      await api.post<void>('/api/auth/logout', undefined, { skipAuthRedirect: true });
    } catch {
      // The partial session may already be gone; starting again is what matters.
    }
    setCsrfToken(null);
    queryClient.removeQueries({ queryKey: meQueryKey });
    queryClient.removeQueries({ queryKey: ['auth', 'enrolment'] });
    setNotice(null);
    setStep('credentials');
  };

  const sessionExpired = () => {
    queryClient.removeQueries({ queryKey: ['auth', 'enrolment'] });
    setNotice(t('signIn.sessionExpired'));
    setStep('credentials');
  };

  if (me.data?.stage === 'complete' && me.data.user) {
    return <Navigate to={safeFrom(state?.from)} replace />;
  }

  const reasonNotice =
    state?.reason === 'signedOut' ? t('signIn.signedOut') : state?.reason === 'expired' ? t('signIn.sessionExpired') : null;
  const shownNotice = notice ?? (currentStep === 'credentials' ? reasonNotice : null);

  return (
    <div className="samenspel-narrow">
      <Heading level={1} ref={headingRef} tabIndex={-1} className="samenspel-page-title">
        {title}
      </Heading>
      {shownNotice ? (
        <Alert type="info" className="samenspel-alert">
          <Paragraph>{shownNotice}</Paragraph>
        </Alert>
      ) : null}
      {me.isPending ? (
        <Loading />
      ) : me.isError && !(isApiError(me.error) && me.error.status === 401) && step === null ? (
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      ) : currentStep === 'credentials' ? (
        <CredentialsForm
          onStage={(stage) => {
            setNotice(null);
            if (stage === 'complete') void complete();
            else setStep(stage);
          }}
        />
      ) : currentStep === 'totp' ? (
        <TotpForm onComplete={complete} onRestart={restart} onExpired={sessionExpired} />
      ) : (
        <EnrolmentForm onComplete={complete} onRestart={restart} onExpired={sessionExpired} />
      )}
    </div>
  );
}

function CredentialsForm({ onStage }: { onStage: (stage: SignInStage) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ username?: string; password?: string }>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const login = useMutation({
    mutationFn: () =>
      api.post<LoginResponse>('/api/auth/login', { username: username.trim(), password }, { skipCsrf: true, skipAuthRedirect: true }),
    onSuccess: (response) => {
      setPassword('');
      onStage(response.stage);
    },
    onError: () => {
      passwordRef.current?.focus();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!username.trim()) next.username = t('signIn.required', { field: t('signIn.username').toLowerCase() });
    if (!password) next.password = t('signIn.required', { field: t('signIn.password').toLowerCase() });
    setErrors(next);
    if (next.username) usernameRef.current?.focus();
    else if (next.password) passwordRef.current?.focus();
    if (next.username || next.password) return;
    login.mutate();
  };

  let failure: string | null = null;
  if (login.isError) {
    const error = login.error;
    if (isApiError(error) && error.status === 401) failure = t('signIn.wrongCredentials');
    else if (isApiError(error) && error.status === 429) failure = lockedMessage(t, error);
    else failure = errorMessage(error, t('error.title'));
  }

  return (
    <>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      {failure ? (
        <Alert type="error" className="samenspel-alert" data-testid="sign-in-error">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate className="samenspel-form" aria-label={t('signIn.title')}>
        <TextField
          label={t('signIn.username')}
          name="username"
          value={username}
          onChange={setUsername}
          autoComplete="username"
          spellCheck={false}
          required
          error={errors.username}
          inputRef={usernameRef}
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
          error={errors.password}
          inputRef={passwordRef}
        />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={login.isPending} disabled={login.isPending}>
            {login.isPending ? t('signIn.busy') : t('signIn.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}

interface CodeStepProps {
  onComplete: () => Promise<void>;
  onRestart: () => Promise<void>;
  onExpired: () => void;
}

function useCodeMutation(path: string, props: CodeStepProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  const mutation = useMutation({
    mutationFn: (digits: string) => api.post<LoginResponse>(path, { code: digits }, { skipAuthRedirect: true }),
    onSuccess: async () => {
      await props.onComplete();
    },
    onError: async (error) => {
      if (isApiError(error) && error.status === 401) {
        // Either the code was wrong, or the half-finished sign-in session expired.
        try {
          await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: () => api.get('/api/auth/me', { skipAuthRedirect: true }), staleTime: 0 });
        } catch (meError) {
          if (isApiError(meError) && meError.status === 401) {
            props.onExpired();
            return;
          }
        }
      }
      setCode('');
      codeRef.current?.focus();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const digits = code.replace(/\D/g, '');
    if (digits.length !== 6) {
      setFormatError(t('signIn.codeInvalidFormat'));
      codeRef.current?.focus();
      return;
    }
    setFormatError(null);
    mutation.mutate(digits);
  };

  let error: string | undefined = formatError ?? undefined;
  if (!error && mutation.isError) {
    const e = mutation.error;
    if (isApiError(e) && e.status === 429) error = lockedMessage(t, e);
    else if (isApiError(e) && [400, 401, 403, 422].includes(e.status)) error = t('signIn.wrongCode');
    else error = errorMessage(e, t('error.title'));
  }

  return { code, setCode, error, submit, mutation, codeRef };
}

/** The code form of a sign-in step: the 6-digit code, submit, and cancel (which starts sign-in again). */
function CodeForm({
  step,
  title,
  submitLabel,
  onRestart,
}: {
  step: ReturnType<typeof useCodeMutation>;
  title: string;
  submitLabel: string;
  onRestart: () => Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <form onSubmit={step.submit} noValidate className="samenspel-form" aria-label={title}>
      <TextField
        label={t('signIn.code')}
        description={t('signIn.codeDescription')}
        name="code"
        value={step.code}
        onChange={step.setCode}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={9}
        spellCheck={false}
        required
        error={step.error}
        inputRef={step.codeRef}
        className="samenspel-code-input"
      />
      <div className="samenspel-actions">
        <Button appearance="primary-action-button" type="submit" busy={step.mutation.isPending} disabled={step.mutation.isPending}>
          {submitLabel}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={() => void onRestart()}>
          {t('signIn.cancel')}
        </Button>
      </div>
    </form>
  );
}

function TotpForm(props: CodeStepProps) {
  const { t } = useI18n();
  const step = useCodeMutation('/api/auth/totp', props);
  const { codeRef } = step;
  useEffect(() => {
    codeRef.current?.focus();
  }, [codeRef]);
  return (
    <>
      <Paragraph>{t('signIn.totpIntro')}</Paragraph>
      <CodeForm step={step} title={t('signIn.totpTitle')} submitLabel={t('signIn.verify')} onRestart={props.onRestart} />
    </>
  );
}

function EnrolmentForm(props: CodeStepProps) {
  const { t } = useI18n();
  const enrolment = useQuery({
    queryKey: ['auth', 'enrolment'],
    queryFn: () => api.get<TotpEnrolment>('/api/auth/totp/enrolment', { skipAuthRedirect: true }),
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
  });
  const step = useCodeMutation('/api/auth/totp/enrol', props);
  const { onExpired } = props;

  useEffect(() => {
    if (enrolment.isError && isApiError(enrolment.error) && enrolment.error.status === 401) onExpired();
  }, [enrolment.isError, enrolment.error, onExpired]);

  if (enrolment.isPending) return <Loading />;
  if (enrolment.isError) return <ErrorAlert error={enrolment.error} onRetry={() => void enrolment.refetch()} />;

  const qrSrc = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.data.qrSvg)}`;

  return (
    <>
      <Paragraph>{t('signIn.enrolIntro')}</Paragraph>
      <OrderedList className="samenspel-steps">
        <OrderedListItem>
          <Paragraph>{t('signIn.enrolStep1')}</Paragraph>
          <img className="samenspel-qr" src={qrSrc} alt={t('signIn.qrAlt')} width={200} height={200} />
        </OrderedListItem>
        <OrderedListItem>
          <Paragraph>{t('signIn.enrolStep2')}</Paragraph>
          <p className="samenspel-secret">
            <span className="samenspel-visually-hidden">{t('signIn.secretLabel')}: </span>
            <code data-testid="totp-secret" translate="no">
              {groupSecret(enrolment.data.secret)}
            </code>
          </p>
        </OrderedListItem>
        <OrderedListItem>
          <Paragraph>{t('signIn.enrolStep3')}</Paragraph>
          <CodeForm step={step} title={t('signIn.enrolTitle')} submitLabel={t('signIn.enrolSubmit')} onRestart={props.onRestart} />
        </OrderedListItem>
      </OrderedList>
    </>
  );
}
