/**
 * One trajectory (/trajecten/:id): status with pause / resume / close, the ladder at start, target
 * and now, the status timeline, instruments, exit interview, outcome and follow-up contacts.
 */
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useRef, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SuccessAlert } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RecordPageFallback } from '../RecordPageFallback.tsx';
import { FollowUpsSection } from './FollowUpsSection.tsx';
import { LadderFigures } from './ladder.tsx';
import { StatusForm, type StatusMode } from './StatusForm.tsx';
import { StatusHistory } from './StatusHistory.tsx';
import { StatusText } from './StatusText.tsx';
import { ExitInterviewSection, InstrumentsSection, OutcomeSection } from './TrajectoryParts.tsx';
import { useTrajectory, type Trajectory } from './trajectory-api.ts';

export default function TrajectoryPage() {
  const { id = '' } = useParams();
  return <TrajectoryScreen key={id} id={id} />;
}

function TrajectoryScreen({ id }: { id: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const [started] = useState(() => Boolean((location.state as { started?: boolean } | null)?.started));
  const trajectory = useTrajectory(id);
  const announcement = useAnnouncement();
  if (!trajectory.isSuccess) return <RecordPageFallback query={trajectory} title={t('trajectory.title')} />;
  const data = trajectory.data;
  const title = t('trajectory.titleFor', { name: data.personName });
  return (
    <>
      <Paragraph>
        <AppLink to={`/huishoudens/${encodeURIComponent(data.householdId)}`}>{t('trajectory.backToDossier')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      {started && !announcement.message ? <SuccessAlert>{t('trajectory.started')}</SuccessAlert> : null}
      <AnnouncementArea announcement={announcement} />
      {data.pause?.overdue ? (
        <Alert type="warning" className="samenspel-alert" data-testid="trajectory-resume-overdue">
          <Paragraph>{t('trajectory.resumeOverdueText')}</Paragraph>
        </Alert>
      ) : null}
      <Summary trajectory={data} onMessage={(message) => announcement.announce(message)} />
      <section className="samenspel-section" aria-labelledby="trajectory-ladder">
        <Heading level={2} id="trajectory-ladder">
          {t('trajectory.ladder.title')}
        </Heading>
        <LadderFigures ladder={data.ladder} testId="trajectory-ladder" />
      </section>
      <StatusHistory trajectory={data} />
      <InstrumentsSection trajectory={data} onMessage={(m) => announcement.announce(m)} />
      {data.status === 'closed' || data.exitInterview ? <ExitInterviewSection trajectory={data} onMessage={(m) => announcement.announce(m)} /> : null}
      <OutcomeSection trajectory={data} onMessage={(m) => announcement.announce(m)} />
      {data.status === 'closed' ? <FollowUpsSection trajectory={data} onMessage={(m) => announcement.announce(m)} /> : null}
    </>
  );
}

function Summary({ trajectory, onMessage }: { trajectory: Trajectory; onMessage: (message: string) => void }) {
  const { t, formatDate } = useI18n();
  const [mode, setMode] = useState<StatusMode | null>(null);
  const openerRef = useRef<HTMLButtonElement | null>(null);
  const modes: StatusMode[] = trajectory.status === 'active' ? ['paused', 'closed'] : trajectory.status === 'paused' ? ['active', 'closed'] : [];
  const planLink = `/huishoudens/${encodeURIComponent(trajectory.householdId)}/plan`;
  return (
    <section className="samenspel-section" aria-labelledby="trajectory-status">
      <Heading level={2} id="trajectory-status">
        {t('trajectory.statusTitle')}
      </Heading>
      <dl className="samenspel-facts" data-testid="trajectory-facts">
        <div className="samenspel-facts__item">
          <dt>{t('trajectory.status')}</dt>
          <dd data-testid="trajectory-status">
            <StatusText status={trajectory.status} pause={trajectory.pause} closing={trajectory.closing} />
          </dd>
        </div>
        {trajectory.pause ? (
          <div className="samenspel-facts__item">
            <dt>{t('trajectory.pauseReason')}</dt>
            <dd>{trajectory.pause.reason}</dd>
          </div>
        ) : null}
        <div className="samenspel-facts__item">
          <dt>{t('trajectory.startedOn')}</dt>
          <dd>{formatDate(trajectory.startedOn)}</dd>
        </div>
        <div className="samenspel-facts__item">
          <dt>{t('trajectory.goal')}</dt>
          <dd>
            {trajectory.goal ? trajectory.goal.description : <span className="samenspel-muted">{t('trajectory.noGoal')}</span>}{' '}
            <AppLink to={planLink}>{t('trajectory.toPlan')}</AppLink>
          </dd>
        </div>
        <div className="samenspel-facts__item">
          <dt>{t('trajectory.responsible')}</dt>
          <dd>{trajectory.responsible.displayName}</dd>
        </div>
      </dl>
      {trajectory.abilities.update && modes.length > 0 ? (
        mode ? (
          <StatusForm
            trajectory={trajectory}
            mode={mode}
            onDone={(message) => {
              setMode(null);
              if (message) onMessage(message);
              else setTimeout(() => openerRef.current?.focus(), 0);
            }}
          />
        ) : (
          <div className="samenspel-actions">
            {modes.map((m) => (
              <Button
                key={m}
                ref={(el: HTMLButtonElement | null) => {
                  if (el && m === modes[0]) openerRef.current = el;
                }}
                appearance={m === 'closed' ? 'secondary-action-button' : 'primary-action-button'}
                type="button"
                onClick={() => setMode(m)}
              >
                {t(m === 'paused' ? 'trajectory.pause' : m === 'active' ? 'trajectory.resume' : 'trajectory.close')}
              </Button>
            ))}
          </div>
        )
      ) : null}
    </section>
  );
}
