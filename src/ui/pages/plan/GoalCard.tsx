/** One goal of the plan, with its actions and a button to add one to it. */
import { Button } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import type { Instrument } from '../../api/intake-plan-types.ts';
import { SelectField, TextareaField, type SelectOptionItem } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { GoalForm } from './planForm.ts';

export function GoalCard({
  goal,
  index,
  zrm,
  domainOptions,
  categories,
  errors,
  onChange,
  onRemove,
  onAddAction,
  children,
}: {
  goal: GoalForm;
  index: number;
  zrm: Instrument[];
  domainOptions: SelectOptionItem[];
  categories: SelectOptionItem[];
  errors: Record<string, string>;
  onChange: (change: Partial<GoalForm>) => void;
  onRemove: () => void;
  onAddAction: () => void;
  /** The goal's actions, if any. */
  children?: ReactNode;
}) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const at = `goals.${index}`;
  const n = index + 1;
  const levels = zrm[0]?.scale.levels ?? [];
  const levelName = (score: number) => levels.find((l) => l.score === score)?.name[language] ?? '';
  const basis = goal.suggestions?.map((s) =>
    t('plan.suggestedFrom', { name: s.personName, score: s.score, level: levelName(s.score), date: i18n.formatDate(s.assessedOn) }),
  );

  return (
    <fieldset id={`plan-goal-${goal.id}`} className="utrecht-form-fieldset samenspel-fieldset samenspel-member" data-testid="plan-goal">
      <legend>{t('plan.goalN', { n })}</legend>
      <TextareaField
        label={t('plan.goalDescription')}
        description={basis ? `${basis.join(' ')} ${t('plan.suggestedDescribe')}` : t('plan.goalDescriptionHint')}
        value={goal.description}
        onChange={(v) => onChange({ description: v })}
        error={errors[`${at}.description`]}
        rows={2}
        required
        maxLength={2000}
      />
      <div className="samenspel-field-row">
        <SelectField
          label={t('plan.goalDomainLabel')}
          value={goal.domain}
          emptyOption={t('plan.chooseDomain')}
          options={domainOptions}
          onChange={(v) => {
            // The goal's data category follows its life domain (the user can change it after).
            const category = zrm.flatMap((i) => i.domains).find((d) => d.code === v)?.category;
            onChange({ domain: v, ...(category && categories.some((c) => c.value === category) ? { category } : {}) });
          }}
          error={errors[`${at}.domain`]}
          required
        />
        <SelectField
          label={t('plan.targetScore')}
          value={goal.targetScore}
          emptyOption={t('plan.noTargetScore')}
          options={levels.map((l) => ({ value: String(l.score), label: `${l.score} — ${l.name[language]}` }))}
          onChange={(v) => onChange({ targetScore: v })}
          error={errors[`${at}.targetScore`]}
        />
        <SelectField label={t('plan.category')} value={goal.category} options={categories} onChange={(v) => onChange({ category: v })} error={errors[`${at}.category`]} />
      </div>
      {children ? <div className="samenspel-subform">{children}</div> : null}
      <div className="samenspel-actions">
        <Button appearance="secondary-action-button" type="button" onClick={onAddAction}>
          {t('plan.addActionToGoal', { n })}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={onRemove}>
          {t('plan.removeGoal', { n })}
        </Button>
      </div>
    </fieldset>
  );
}
