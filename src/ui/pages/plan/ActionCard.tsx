/** One action of the plan: what, for which goal, who (one select), by when. */
import { Button } from '@rijkshuisstijl-community/components-react';
import { actionStatuses } from '../../api/intake-plan-types.ts';
import { SelectField, TextareaField, TextField, type SelectOptionItem } from '../../components/fields.tsx';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { keptOwner, otherNetwork, otherPartner, ownerFor, ownerValue, type OwnerChoice } from './ownerChoices.ts';
import type { ActionForm } from './planForm.ts';

/** Where an action stands: its number among the actions of its goal (or among those without a goal). */
export interface ActionPlace {
  n: number;
  goal?: number;
}

export const actionLabel = (t: Translate, { n, goal }: ActionPlace) => (goal ? t('plan.actionOfGoal', { n, goal }) : t('plan.otherActionN', { n }));

export function ActionCard({
  action,
  index,
  place,
  goalOptions,
  categories,
  owners,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  action: ActionForm;
  /** Its place in the plan's actions (the paths of its errors). */
  index: number;
  place: ActionPlace;
  goalOptions: SelectOptionItem[];
  categories: SelectOptionItem[];
  owners: OwnerChoice[];
  errors: Record<string, string>;
  onChange: (change: Partial<ActionForm>) => void;
  onMove: (goalId: string) => void;
  onRemove: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const at = `actions.${index}`;
  const ownerChoice = ownerValue(action.owner, owners);
  const named = ownerChoice === otherPartner || ownerChoice === otherNetwork;
  const ownerOptions = [
    ...(ownerChoice === keptOwner ? [{ value: keptOwner, label: t('plan.owner.kept', { name: action.owner.name, kind: i18n.label('ownerKind', action.owner.kind).toLocaleLowerCase() }) }] : []),
    ...owners.map((o) => ({ value: o.value, label: o.label })),
    { value: otherPartner, label: t('plan.owner.otherPartner') },
    { value: otherNetwork, label: t('plan.owner.otherNetwork') },
  ];

  return (
    <fieldset id={`plan-action-${action.id}`} className="utrecht-form-fieldset samenspel-fieldset samenspel-member" data-testid="plan-action">
      <legend>{actionLabel(t, place)}</legend>
      <TextareaField
        label={t('plan.actionDescription')}
        value={action.description}
        onChange={(v) => onChange({ description: v })}
        error={errors[`${at}.description`]}
        rows={2}
        required
        maxLength={2000}
      />
      <div className="samenspel-field-row">
        <SelectField
          label={t('plan.ownerKind')}
          name="owner"
          value={ownerChoice}
          options={ownerOptions}
          onChange={(v) => onChange({ owner: ownerFor(v, action.owner, owners) })}
          error={errors[`${at}.owner.kind`] ?? (named ? undefined : errors[`${at}.owner.name`])}
        />
        {named ? (
          <TextField
            label={t(ownerChoice === otherPartner ? 'plan.owner.partnerName' : 'plan.owner.networkName')}
            value={action.owner.name}
            onChange={(v) => onChange({ owner: { kind: action.owner.kind, name: v } })}
            error={errors[`${at}.owner.name`]}
            required
            autoComplete="off"
            maxLength={200}
          />
        ) : null}
      </div>
      <div className="samenspel-field-row">
        <TextField
          label={t('plan.dueDate')}
          type="date"
          value={action.dueDate}
          onChange={(v) => onChange({ dueDate: v })}
          error={errors[`${at}.dueDate`]}
          required
        />
        <SelectField
          label={t('plan.actionStatus')}
          value={action.status}
          options={actionStatuses.map((s) => ({ value: s, label: i18n.label('actionStatus', s) }))}
          onChange={(v) => onChange({ status: v as ActionForm['status'] })}
          error={errors[`${at}.status`]}
        />
      </div>
      <div className="samenspel-field-row">
        <SelectField
          label={t('plan.actionGoal')}
          name="goalId"
          value={goalOptions.some((g) => g.value === action.goalId) ? action.goalId : ''}
          emptyOption={t('plan.actionNoGoal')}
          options={goalOptions}
          onChange={onMove}
          error={errors[`${at}.goalId`]}
        />
        <SelectField
          label={t('plan.category')}
          value={action.category}
          options={categories}
          onChange={(v) => onChange({ category: v })}
          error={errors[`${at}.category`]}
        />
      </div>
      <Button appearance="subtle-button" type="button" onClick={onRemove}>
        {place.goal ? t('plan.removeActionOfGoal', { n: place.n, goal: place.goal }) : t('plan.removeOtherAction', { n: place.n })}
      </Button>
    </fieldset>
  );
}
