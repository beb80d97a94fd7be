/** Every assessment and every proposal with its decision, newest first: nothing is overwritten. */
import { Heading, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAssessmentTexts } from './AssessmentSummary.tsx';
import type { Proposal, WorkGuidance } from './work-guidance-api.ts';

export function HistorySection({ view }: { view: WorkGuidance }) {
  const { t, label, language, formatDate } = useI18n();
  const texts = useAssessmentTexts();
  if (view.assessments.length === 0) return null;
  return (
    <section className="samenspel-section" aria-labelledby="work-history">
      <Heading level={2} id="work-history">
        {t('work.history.title')}
      </Heading>
      <DataTable caption={t('work.history.assessments')} headers={[t('work.col.date'), t('work.col.distance'), t('work.col.ladder'), t('work.col.by')]} testId="work-assessments">
        {view.assessments.map((a) => (
          <TableRow key={a.id}>
            <Th scope="row">{formatDate(a.assessedOn)}</Th>
            <TableCell>{label('workDistance', a.distance)}</TableCell>
            <TableCell>{texts.ladder(a)}</TableCell>
            <TableCell>{a.assessedBy.displayName}</TableCell>
          </TableRow>
        ))}
      </DataTable>
      <DataTable caption={t('work.history.proposals')} headers={[t('work.col.date'), t('work.col.route'), t('work.col.model'), t('work.col.decision')]} testId="work-proposals">
        {view.proposals.map((p) => (
          <TableRow key={p.id}>
            <Th scope="row">{formatDate(p.proposedOn)}</Th>
            <TableCell>{p.route ? p.route.title[language] : t('work.proposal.noRoute')}</TableCell>
            <TableCell>{label('workRoutingKind', p.kind)}</TableCell>
            <TableCell>
              <DecisionCell proposal={p} />
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
    </section>
  );
}

function DecisionCell({ proposal }: { proposal: Proposal }) {
  const { t, label } = useI18n();
  const d = proposal.decision;
  if (!d) return <>{proposal.current ? t('work.open') : t('work.superseded')}</>;
  return (
    <>
      {label('workOutcome', d.outcome)} ({d.decidedBy.displayName}){d.reason ? `: ${d.reason}` : ''}
    </>
  );
}
