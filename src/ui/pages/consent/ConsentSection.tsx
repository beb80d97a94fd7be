import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { endRestriction, refreshAfterSharingChange, useConsents, useRestrictions, useSharingChoices } from '../../api/consent-queries.ts';
import type { Consent, NotEffective, Restriction, SharingMember } from '../../api/consent-types.ts';
import { Alert } from '../../components/Alert.tsx';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { recordConsentHash, type RecordConsentState } from '../dossier/WithheldNotice.tsx';
import { ConsentForm } from './ConsentForm.tsx';
import { ConsentTable } from './ConsentTable.tsx';
import { RestrictionForm } from './RestrictionForm.tsx';
import { NotEffectiveList, RestrictionTable } from './RestrictionTable.tsx';
import { WithdrawConsentForm } from './WithdrawConsentForm.tsx';

type Open = { kind: 'consent' } | { kind: 'restriction' } | { kind: 'withdraw'; consent: Consent } | null;

/**
 * "Toestemming en afscherming" on the dossier: per member the consents and restrictions, in force
 * and past, and the forms to record, withdraw and end them. Opened from the withheld notice, it
 * starts the consent form with the categories that need consent.
 */
export function ConsentSection({ householdId }: { householdId: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const consents = useConsents(householdId);
  const restrictions = useRestrictions(householdId);
  const canRecord = consents.data?.abilities.record ?? false;
  const choices = useSharingChoices(householdId, canRecord);
  const announcement = useAnnouncement();
  const [open, setOpen] = useState<Open>(null);
  const [warnings, setWarnings] = useState<NotEffective[]>([]);
  const [initialCategories, setInitialCategories] = useState<string[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const recordButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const handledLocation = useRef<string | null>(null);

  const end = useMutation({
    mutationFn: (r: Restriction) => endRestriction(householdId, r.id),
    onSuccess: async () => {
      await refreshAfterSharingChange(queryClient);
      announcement.announce(t('restriction.ended'));
    },
  });

  const start = (next: Exclude<Open, null>, from: HTMLElement | null) => {
    opener.current = from;
    announcement.clear();
    end.reset();
    setWarnings([]);
    setOpen(next);
  };
  const close = (message: string | null, notEffective: NotEffective[] = []) => {
    setOpen(null);
    setWarnings(notEffective);
    if (message) announcement.announce(message);
    else setTimeout(() => (opener.current?.isConnected ? opener.current : recordButton.current)?.focus(), 0);
  };
  const fromHere = () => (document.activeElement instanceof HTMLElement ? document.activeElement : null);

  useEffect(() => {
    if (location.hash !== recordConsentHash || !consents.data || handledLocation.current === location.key) return;
    handledLocation.current = location.key;
    // Handled once: a reload or "back" does not open the form again.
    navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    if (!consents.data.abilities.record) {
      headingRef.current?.focus();
      return;
    }
    setInitialCategories((location.state as RecordConsentState | null)?.recordConsent?.categories ?? []);
    start({ kind: 'consent' }, null);
  }, [location, consents.data, navigate]);

  const members = consents.data?.members ?? [];
  return (
    <section className="samenspel-section" aria-labelledby="toestemming" data-testid="consent-section">
      <Heading level={2} id="toestemming" ref={headingRef} tabIndex={-1}>
        {t('consent.section')}
      </Heading>
      <Paragraph>{t('consent.intro')}</Paragraph>
      <AnnouncementArea announcement={announcement} error={end.error} />
      {warnings.length > 0 ? (
        <Alert type="warning" className="samenspel-alert">
          <NotEffectiveList items={warnings} />
        </Alert>
      ) : null}
      {consents.isPending || restrictions.isPending ? (
        <Loading />
      ) : consents.isError || restrictions.isError ? (
        <ErrorAlert error={consents.error ?? restrictions.error} onRetry={() => void Promise.all([consents.refetch(), restrictions.refetch()])} />
      ) : (
        members.map((m) => (
          <MemberSharing key={m.personId} member={m}
            consents={consents.data.items.filter((c) => c.person.id === m.personId)}
            restrictions={restrictions.data.items.filter((r) => r.person.id === m.personId)}
            onWithdraw={canRecord ? (consent) => start({ kind: 'withdraw', consent }, fromHere()) : undefined}
            onEnd={canRecord ? (r) => end.mutate(r) : undefined}
            ending={end.isPending ? end.variables?.id : null}
          />
        ))
      )}
      {!canRecord ? null : open?.kind === 'withdraw' ? (
        <WithdrawConsentForm key={open.consent.id} householdId={householdId} consent={open.consent} onDone={close} />
      ) : open ? (
        choices.data ? (
          open.kind === 'consent' ? (
            <ConsentForm householdId={householdId} members={members} choices={choices.data} initialCategories={initialCategories} onDone={close} />
          ) : (
            <RestrictionForm householdId={householdId} members={members} choices={choices.data} onDone={close} />
          )
        ) : choices.isError ? (
          <ErrorAlert error={choices.error} onRetry={() => void choices.refetch()} />
        ) : (
          <Loading />
        )
      ) : (
        <div className="samenspel-actions">
          <Button ref={recordButton} appearance="primary-action-button" type="button" onClick={() => start({ kind: 'consent' }, fromHere())}>
            {t('consent.record')}
          </Button>
          <Button appearance="secondary-action-button" type="button" onClick={() => start({ kind: 'restriction' }, fromHere())}>
            {t('restriction.record')}
          </Button>
        </div>
      )}
    </section>
  );
}

function MemberSharing({ member, consents, restrictions, onWithdraw, onEnd, ending }: {
  member: SharingMember; consents: Consent[]; restrictions: Restriction[];
  onWithdraw?: (consent: Consent) => void; onEnd?: (restriction: Restriction) => void; ending: string | null | undefined;
}) {
  const { t } = useI18n();
  const name = member.displayName;
  return (
    <div data-testid="consent-member">
      <Heading level={3}>{name}</Heading>
      {member.adult ? null : <Paragraph>{t('consent.child', { name })}</Paragraph>}
      {consents.length > 0 ? (
        <ConsentTable name={name} consents={consents} onWithdraw={onWithdraw} />
      ) : member.adult ? (
        <Paragraph>{t('consent.noConsents')}</Paragraph>
      ) : null}
      {restrictions.length > 0 ? (
        <RestrictionTable name={name} restrictions={restrictions} onEnd={onEnd} ending={ending} />
      ) : (
        <Paragraph>{t('consent.noRestrictions')}</Paragraph>
      )}
    </div>
  );
}
