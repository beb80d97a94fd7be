/**
 * 409 on autosave: someone else saved the intake since this version was loaded. Shows, per changed
 * field, the other version next to the user's, and lets the user choose which one stays.
 */
import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';
import { followUpQuestions, type Intake, type IntakeDraft } from '../../api/intake-plan-types.ts';
import { Alert } from '../../components/Alert.tsx';
import { formatDateTimeShort } from '../../components/format.ts';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import type { IntakeConflict } from './useIntakeAutosave.ts';

interface Field {
  label: string;
  value: string;
}

/** The draft as labelled, readable fields, keyed by path. */
function readableFields(i18n: I18n, intake: Intake, draft: IntakeDraft): Map<string, Field> {
  const { t, language, label, formatDate } = i18n;
  const fields = new Map<string, Field>();
  const put = (path: string, fieldLabel: string, value: string | undefined) => {
    if (value !== undefined && value !== '') fields.set(path, { label: fieldLabel, value });
  };
  put('conductedOn', t('intake.conductedOn'), draft.conductedOn ? formatDate(draft.conductedOn) : undefined);
  put('questionBehindQuestion', t('intake.questionBehindQuestion'), draft.questionBehindQuestion);
  put('ownStrength', t('intake.ownStrength'), draft.ownStrength);
  put('network', t('intake.network'), draft.network);
  const levels = new Map(intake.instrument.scale.levels.map((l) => [l.score, l.name[language]]));
  const ladderLevels = new Map((intake.ladder?.scale.levels ?? []).map((l) => [l.score, l.name[language]]));
  for (const member of intake.members) {
    const m = draft.members?.[member.personId];
    if (!m) continue;
    const at = `members.${member.personId}`;
    const name = member.displayName;
    put(at, t('intake.participants'), name);
    for (const domain of intake.instrument.domains) {
      const score = m.scores?.[domain.code];
      put(`${at}.scores.${domain.code}`, `${name} — ${domain.name[language]}`, score === undefined ? undefined : `${score} — ${levels.get(score) ?? ''}`);
      put(`${at}.notes.${domain.code}`, `${name} — ${t('intake.note', { domain: domain.name[language] })}`, m.notes?.[domain.code]);
    }
    if (intake.ladder) put(`${at}.ladder`, `${name} — ${intake.ladder.name[language]}`, m.ladder === undefined ? undefined : `${m.ladder} — ${ladderLevels.get(m.ladder) ?? ''}`);
    put(`${at}.income.source`, `${name} — ${t('intake.incomeSource')}`, m.income?.source ? label('incomeSource', m.income.source) : undefined);
    put(`${at}.income.benefit`, `${name} — ${t('intake.benefit')}`, m.income?.benefit);
    put(`${at}.income.seeksWork`, `${name} — ${t('intake.seeksWork')}`, m.income?.seeksWork === undefined ? undefined : t(m.income.seeksWork ? 'yes' : 'no'));
    put(`${at}.income.lowIncome`, `${name} — ${t('intake.lowIncome')}`, m.income?.lowIncome === undefined ? undefined : t(m.income.lowIncome ? 'yes' : 'no'));
    for (const question of followUpQuestions) {
      const answer = m.followUp?.[question];
      put(`${at}.followUp.${question}`, `${name} — ${t(`intake.followUp.${question}`)}`, answer ? label('followUpAnswer', answer) : undefined);
    }
  }
  return fields;
}

export function IntakeConflictPanel({
  intake,
  conflict,
  mine,
  onKeepMine,
  onTakeTheirs,
}: {
  intake: Intake;
  conflict: IntakeConflict;
  mine: IntakeDraft;
  onKeepMine: (conflict: IntakeConflict) => void;
  onTakeTheirs: (conflict: IntakeConflict) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const theirs = readableFields(i18n, intake, conflict.current.draft);
  const yours = readableFields(i18n, intake, mine);
  const paths = [...new Set([...theirs.keys(), ...yours.keys()])].filter((p) => theirs.get(p)?.value !== yours.get(p)?.value);
  const who = conflict.current.updatedBy ?? t('intake.conflictSomeone');
  const empty = <span className="samenspel-muted">{t('intake.conflictEmpty')}</span>;

  return (
    <section className="samenspel-conflict" aria-labelledby="intake-conflict-title" data-testid="intake-conflict">
      <Alert type="warning" className="samenspel-alert">
        <Heading level={2} id="intake-conflict-title" ref={headingRef} tabIndex={-1}>
          {t('intake.conflictTitle')}
        </Heading>
        <Paragraph>{t('intake.conflictText', { name: who, when: formatDateTimeShort(i18n, conflict.current.updatedAt) })}</Paragraph>
      </Alert>
      {paths.length === 0 ? (
        <Paragraph>{t('intake.conflictSame')}</Paragraph>
      ) : (
        <DataTable
          caption={t('intake.conflictCaption')}
          headers={[t('intake.conflictField'), t('intake.conflictTheirs', { name: who }), t('intake.conflictYours')]}
          testId="intake-conflict-table"
        >
          {paths.map((path) => (
            <TableRow key={path}>
              <Th scope="row">{(yours.get(path) ?? theirs.get(path))!.label}</Th>
              <TableCell className="samenspel-pre-line">{theirs.get(path)?.value ?? empty}</TableCell>
              <TableCell className="samenspel-pre-line">{yours.get(path)?.value ?? empty}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      <div className="samenspel-actions">
        <Button appearance="primary-action-button" type="button" onClick={() => onKeepMine(conflict)}>
          {t('intake.keepMine')}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={() => onTakeTheirs(conflict)}>
          {t('intake.takeTheirs')}
        </Button>
      </div>
    </section>
  );
}
