/** A finalised intake, read-only: the general answers and per member the scores, ladder step and income. */
import { Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';
import { followUpQuestions, type Intake } from '../../api/intake-plan-types.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SuccessAlert } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { needsFollowUp } from './draft.ts';

export function IntakeFinalView({ intake, justFinalised }: { intake: Intake; justFinalised: boolean }) {
  const { t, language, label, formatDate, formatDateTime } = useI18n();
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (justFinalised) messageRef.current?.focus();
  }, [justFinalised]);
  const draft = intake.draft;
  const levels = new Map(intake.instrument.scale.levels.map((l) => [l.score, l.name[language]]));
  const ladderLevels = new Map((intake.ladder?.scale.levels ?? []).map((l) => [l.score, l.name[language]]));
  const members = intake.members.filter((m) => draft.members?.[m.personId]);
  const household = `/huishoudens/${encodeURIComponent(intake.householdId)}`;

  return (
    <>
      <Paragraph>
        <AppLink to={household}>{t('intake.backToDossier')}</AppLink>
      </Paragraph>
      <PageTitle>{t('intake.titleOn', { date: formatDate(draft.conductedOn) })}</PageTitle>
      <div ref={messageRef} tabIndex={-1} className="samenspel-focus-target">
        {justFinalised ? <SuccessAlert>{t('intake.finalised')}</SuccessAlert> : null}
      </div>
      <dl className="samenspel-facts" data-testid="intake-facts">
        <div className="samenspel-facts__item">
          <dt>{t('intake.instrument')}</dt>
          <dd>{intake.instrument.name[language]}</dd>
        </div>
        <div className="samenspel-facts__item">
          <dt>{t('intake.conductedOn')}</dt>
          <dd>{formatDate(draft.conductedOn)}</dd>
        </div>
        <div className="samenspel-facts__item">
          <dt>{t('intake.finalisedAt')}</dt>
          <dd>{formatDateTime(intake.finalisedAt)}</dd>
        </div>
      </dl>
      <Paragraph>
        <AppLink to={`${household}/plan`}>{t('intake.toPlan')}</AppLink>
      </Paragraph>

      {(['questionBehindQuestion', 'ownStrength', 'network'] as const).map((key) =>
        draft[key] ? (
          <section key={key} className="samenspel-section">
            <Heading level={2}>{t(`intake.${key}`)}</Heading>
            <Paragraph className="samenspel-pre-line">{draft[key]}</Paragraph>
          </section>
        ) : null,
      )}

      {members.map((m) => {
        const md = draft.members[m.personId]!;
        return (
          <section key={m.personId} className="samenspel-section" aria-labelledby={`final-${m.personId}`}>
            <Heading level={2} id={`final-${m.personId}`}>
              {m.displayName}
            </Heading>
            <DataTable
              caption={t('intake.scoresCaption', { name: m.displayName, instrument: intake.instrument.name[language] })}
              headers={[t('intake.col.domain'), t('intake.col.score'), t('intake.col.note')]}
            >
              {[...intake.instrument.domains]
                .sort((a, b) => a.position - b.position)
                .map((d) => {
                  const score = md.scores?.[d.code];
                  return (
                    <TableRow key={d.code}>
                      <Th scope="row">{d.name[language]}</Th>
                      <TableCell>{score === undefined ? '' : `${score} — ${levels.get(score) ?? ''}`}</TableCell>
                      <TableCell className="samenspel-pre-line">{md.notes?.[d.code] ?? ''}</TableCell>
                    </TableRow>
                  );
                })}
            </DataTable>
            <dl className="samenspel-facts">
              {intake.ladder && md.ladder !== undefined ? (
                <div className="samenspel-facts__item">
                  <dt>{intake.ladder.name[language]}</dt>
                  <dd>{t('intake.ladderStep', { n: md.ladder, name: ladderLevels.get(md.ladder) ?? '' })}</dd>
                </div>
              ) : null}
              <div className="samenspel-facts__item">
                <dt>{t('intake.incomeSource')}</dt>
                <dd>
                  {label('incomeSource', md.income?.source)}
                  {md.income?.benefit ? ` (${md.income.benefit})` : ''}
                </dd>
              </div>
              <div className="samenspel-facts__item">
                <dt>{t('intake.seeksWork')}</dt>
                <dd>{t(md.income?.seeksWork ? 'yes' : 'no')}</dd>
              </div>
              <div className="samenspel-facts__item">
                <dt>{t('intake.lowIncome')}</dt>
                <dd>{t(needsFollowUp(md) ? 'yes' : 'no')}</dd>
              </div>
              {followUpQuestions.map((q) =>
                md.followUp?.[q] ? (
                  <div key={q} className="samenspel-facts__item">
                    <dt>{t(`intake.followUp.${q}`)}</dt>
                    <dd>{label('followUpAnswer', md.followUp[q])}</dd>
                  </div>
                ) : null,
              )}
            </dl>
            <Paragraph>
              <AppLink to={`/personen/${encodeURIComponent(m.personId)}#scores`}>{t('intake.toScores', { name: m.displayName })}</AppLink>
            </Paragraph>
          </section>
        );
      })}
    </>
  );
}
