/** The routing proposal: the route with what goes with it, why (the rule and the facts), and the decision or the way to decide. */
import { Button, DataSummary, DataSummaryItem, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useRef, useState } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { DecisionForm, type DecisionMode } from './DecisionForm.tsx';
import type { Decision, Proposal, WorkGuidance } from './work-guidance-api.ts';

export function ProposalCard({ view, proposal, onMessage }: { view: WorkGuidance; proposal: Proposal; onMessage: (message: string | null) => void }) {
  const { t, language, label, formatDate } = useI18n();
  const [mode, setMode] = useState<DecisionMode | null>(null);
  const buttonsRef = useRef<HTMLDivElement>(null);
  const route = proposal.route;
  const made = proposal.configuration
    ? t('work.proposal.made', { date: formatDate(proposal.proposedOn), model: label('workRoutingKind', proposal.kind), validFrom: formatDate(proposal.configuration.validFrom) })
    : t('work.proposal.madeWithout', { date: formatDate(proposal.proposedOn) });
  const details: Array<[string, string | null | undefined]> = route ? [
    [t('work.proposal.description'), route.description],
    [t('work.proposal.provider'), route.provider],
    [t('work.proposal.group'), route.group?.name],
    [t('work.proposal.team'), route.team?.name],
    [t('work.proposal.consultant'), route.consultantRole?.name[language]],
    [t('work.proposal.note'), route.note?.[language]],
  ] : [];
  const done = (message: string | null) => {
    setMode(null);
    if (message) onMessage(message);
    else setTimeout(() => buttonsRef.current?.querySelector('button')?.focus(), 0);
  };

  return (
    <article className="samenspel-card" aria-labelledby={`proposal-${proposal.id}`} data-testid="work-proposal">
      <Heading level={3} id={`proposal-${proposal.id}`} className="samenspel-card__title">
        {route ? route.title[language] : t('work.proposal.noRoute')}
      </Heading>
      <Paragraph className="samenspel-small">{made}</Paragraph>
      {details.some(([, v]) => v) ? (
        <DataSummary appearance="row">
          {details.filter(([, v]) => v).map(([key, value]) => <DataSummaryItem key={key} itemKey={key} itemValue={value!} />)}
        </DataSummary>
      ) : null}
      <Heading level={4}>{t('work.proposal.why')}</Heading>
      <ul className="samenspel-work-reasons" aria-label={t('work.proposal.whyLabel')}>
        {proposal.reasons.map((r, i) => (
          <li key={i}>
            <span className="samenspel-work-reasons__rule">{r.rule[language]}</span>
            <span className="samenspel-work-reasons__facts">{r.facts[language]}</span>
          </li>
        ))}
      </ul>
      {proposal.decision ? <DecisionText decision={proposal.decision} householdId={view.householdId} /> : null}
      {!proposal.decision && proposal.current && (proposal.abilities.confirm || proposal.abilities.override) && !mode ? (
        <>
          <Paragraph>{t('work.proposal.notice')}</Paragraph>
          <div className="samenspel-actions" ref={buttonsRef}>
            {proposal.abilities.confirm ? (
              <Button appearance="primary-action-button" type="button" onClick={() => setMode('confirm')}>
                {t('work.confirm')}
              </Button>
            ) : null}
            <Button appearance="secondary-action-button" type="button" onClick={() => setMode('override')}>
              {t('work.override')}
            </Button>
          </div>
        </>
      ) : null}
      {mode ? <DecisionForm personId={view.person.id} proposal={proposal} mode={mode} onDone={done} /> : null}
    </article>
  );
}

/** Routes that send the resident elsewhere: no trajectory here. */
const leavesTheCase = ['hand_back', 'refer'];

function DecisionText({ decision, householdId }: { decision: Decision; householdId: string }) {
  const { t, language, formatDateTime } = useI18n();
  const who = { name: decision.decidedBy.displayName, date: formatDateTime(decision.decidedAt) };
  return (
    <div className="samenspel-work-decision" data-testid="work-decision">
      <Paragraph>
        <strong>{t(decision.outcome === 'confirmed' ? 'work.decided.confirmed' : 'work.decided.overridden', who)}</strong>
      </Paragraph>
      {decision.outcome === 'overridden' ? (
        <Paragraph>{decision.route ? t('work.decided.route', { route: decision.route.title[language] }) : t('work.decided.noRoute')}</Paragraph>
      ) : null}
      {decision.reason ? <Paragraph>{t('work.decided.reason', { reason: decision.reason })}</Paragraph> : null}
      {decision.note ? <Paragraph>{t('work.decided.note', { note: decision.note })}</Paragraph> : null}
      {decision.route && !leavesTheCase.includes(decision.route.key) ? (
        <Paragraph>
          <AppLink to={`/huishoudens/${encodeURIComponent(householdId)}`}>{t('work.toDossier')}</AppLink>
        </Paragraph>
      ) : null}
    </div>
  );
}
