/**
 * The participation ladder in the trajectory screens: step names from the instrument, a choice of
 * step, and start / target / now as clear figures in a table (a chart adds nothing for three steps).
 */
import { TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import './trajectories.css';
import { useInstruments } from '../../api/intake-plan-queries.ts';
import { SelectField } from '../../components/fields.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Ladder } from './trajectory-api.ts';

const steps = [1, 2, 3, 4, 5, 6];

export function useStepName() {
  const { t, language } = useI18n();
  const instruments = useInstruments();
  const ladder = instruments.data?.items.find((i) => i.kind === 'ladder');
  return (step: number) => {
    const name = ladder?.scale.levels.find((l) => l.score === step)?.name[language];
    return name ? t('trajectory.stepNamed', { step, name }) : t('trajectory.step', { step });
  };
}

export function LadderStepField({ label, value, onChange, error, description, optional }: {
  label: string; value: string; onChange: (value: string) => void; error?: string; description?: string; optional?: boolean;
}) {
  const { t } = useI18n();
  const stepName = useStepName();
  return (
    <SelectField
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      error={error}
      optional={optional}
      emptyOption={optional ? t('trajectory.stepNotAssessed') : t('trajectory.chooseStep')}
      options={steps.map((s) => ({ value: String(s), label: stepName(s) }))}
    />
  );
}

export function LadderFigures({ ladder, testId }: { ladder: Ladder; testId?: string }) {
  const { t, formatDate } = useI18n();
  const stepName = useStepName();
  const source = ladder.nowSource === 'score' ? t('trajectory.ladder.fromScore', { date: formatDate(ladder.nowOn) })
    : ladder.nowSource === 'status_change' ? t('trajectory.ladder.fromStatus', { date: formatDate(ladder.nowOn) })
    : t('trajectory.ladder.fromStart');
  const rows: Array<[string, number, string]> = [
    [t('trajectory.ladder.start'), ladder.start, ''],
    [t('trajectory.ladder.now'), ladder.now, source],
    [t('trajectory.ladder.target'), ladder.target, ladder.now >= ladder.target ? t('trajectory.ladder.reached') : t('trajectory.ladder.toGo', { n: ladder.target - ladder.now })],
  ];
  return (
    <DataTable caption={t('trajectory.ladder.caption')} captionHidden headers={[t('trajectory.ladder.col.moment'), t('trajectory.ladder.col.step'), t('trajectory.ladder.col.note')]} testId={testId}>
      {rows.map(([moment, step, note]) => (
        <TableRow key={moment}>
          <Th scope="row">{moment}</Th>
          <TableCell>
            <span className="samenspel-ladder" aria-hidden="true">
              {steps.map((s) => (
                <span key={s} className={s <= step ? 'samenspel-ladder__rung samenspel-ladder__rung--on' : 'samenspel-ladder__rung'} />
              ))}
            </span>{' '}
            {stepName(step)}
          </TableCell>
          <TableCell>{note}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
