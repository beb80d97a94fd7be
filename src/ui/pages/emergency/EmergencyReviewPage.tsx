/**
 * The privacy officer's review of emergency access (/privacy/noodtoegang): every access not yet
 * reviewed, with who, which household and members, ground, reason, period and what was viewed;
 * an outcome and a note per access. Reviewed accesses leave the list.
 */
import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { formatDateTimeShort } from '../../components/format.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { useEmergencyQueue, type EmergencyQueueItem } from './emergency-api.ts';
import { EmergencyReviewForm } from './EmergencyReviewForm.tsx';

export default function EmergencyReviewPage() {
  const { t } = useI18n();
  const queue = useEmergencyQueue();
  const announcement = useAnnouncement();

  return (
    <>
      <PageTitle>{t('emergencyReview.title')}</PageTitle>
      <Paragraph>{t('emergencyReview.intro')}</Paragraph>
      <AnnouncementArea announcement={announcement} />
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <Paragraph data-testid="emergency-queue-empty">{t('emergencyReview.none')}</Paragraph>
      ) : (
        <ul className="samenspel-card-list" data-testid="emergency-queue">
          {queue.data.items.map((item) => (
            <li key={item.id} className="samenspel-card">
              <QueueItem item={item} onReviewed={(message) => announcement.announce(message)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function QueueItem({ item, onReviewed }: { item: EmergencyQueueItem; onReviewed: (message: string) => void }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const headingId = `emergency-${item.id}`;
  const facts: Array<[string, ReactNode]> = [
    [t('emergencyReview.teams'), item.user.teams || t('emergencyReview.noTeams')],
    [t('emergencyReview.members'), item.household.members.map((m) => m.displayName).join(', ')],
    [t('emergencyReview.ground'), t(`emergency.ground.${item.ground}` as MessageKey)],
    [t('emergencyReview.justification'), item.justification],
    [t('emergencyReview.period'), t('emergencyReview.periodValue', { start: formatDateTimeShort(i18n, item.startedAt), end: formatDateTimeShort(i18n, item.endedAt ?? item.expiresAt) })],
    [t('emergencyReview.status'), t(`emergencyReview.status.${item.status}` as MessageKey)],
    [
      t('emergencyReview.actions'),
      item.actions.length === 0 ? (
        t('emergencyReview.actionsNone')
      ) : (
        <UnorderedList>
          {item.actions.map((a) => (
            <UnorderedListItem key={a.action}>{t('emergencyReview.actionCount', { action: label('action', a.action), n: a.count })}</UnorderedListItem>
          ))}
        </UnorderedList>
      ),
    ],
  ];
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId} className="samenspel-card__title">
        {t('emergencyReview.item', { user: item.user.displayName, household: item.household.name })}
      </Heading>
      <dl className="samenspel-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="samenspel-facts__item">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <EmergencyReviewForm item={item} onReviewed={onReviewed} />
    </section>
  );
}
