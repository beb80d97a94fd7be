import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { registerQueryKey, rolesQueryKey, usePrivacyNames, useRegister } from '../../api/privacy-queries.ts';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { SelectField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminForm } from '../admin/AdminForm.tsx';

/** Add, move or remove one category rule: which activity a role sees a category for, or none. */
export function RuleForm() {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const names = usePrivacyNames();
  const register = useRegister();
  const announcement = useAnnouncement();
  const [role, setRole] = useState('');
  const [category, setCategory] = useState('');
  const [activity, setActivity] = useState('');
  const [localError, setLocalError] = useState<ApiError | null>(null);

  const currentFor = (r: string, c: string) =>
    names.roles.find((x) => x.id === r)?.rules.find((x) => x.category === c)?.processingActivity.id ?? '';
  const choose = (r: string, c: string) => {
    setRole(r);
    setCategory(c);
    setActivity(currentFor(r, c));
    setLocalError(null);
  };

  const save = useMutation({
    mutationFn: async (): Promise<string> => {
      const path = `/api/privacy/category-rules/${encodeURIComponent(role)}/${encodeURIComponent(category)}`;
      const subject = { role: names.role(role), category: names.category(category).toLocaleLowerCase() };
      if (activity === currentFor(role, category)) return t('whoSees.unchanged');
      if (activity === '') {
        await api.delete(path);
        return t('whoSees.removed', subject);
      }
      await api.put(path, { processingActivityId: activity });
      const activityName = register.data?.items.find((a) => a.id === activity)?.name ?? activity;
      return t('whoSees.saved', { ...subject, activity: activityName });
    },
    onSuccess: async (message) => {
      await queryClient.invalidateQueries({ queryKey: rolesQueryKey });
      await queryClient.invalidateQueries({ queryKey: registerQueryKey });
      announcement.announce(message);
    },
  });

  const submit = () => {
    announcement.clear();
    const issues = [...(role ? [] : ['role']), ...(category ? [] : ['category'])].map((path) => ({ path, message: t('whoSees.required') }));
    const missing = issues.length > 0 ? new ApiError(400, 'validation_error', t('error.formSummary'), issues) : null;
    setLocalError(missing);
    if (!missing) save.mutate();
  };
  const error = localError ?? save.error;
  const errors = fieldErrors(error);
  const options = (register.data?.items ?? [])
    .filter((a) => a.id === currentFor(role, category) || (!a.endedOn && a.dataCategories.includes(category)))
    .map((a) => ({ value: a.id, label: t('whoSees.activityOption', { name: a.name, kind: label('legalBasisKind', a.legalBasisKind) }) }));

  return (
    <AdminForm
      title={t('whoSees.change')}
      error={error}
      knownFields={['role', 'category', 'processingActivityId']}
      busy={save.isPending}
      submitLabel={t('whoSees.save')}
      onSubmit={submit}
      focusOnMount={false}
    >
      <AnnouncementArea announcement={announcement} />
      <Paragraph>{t('whoSees.changeIntro')}</Paragraph>
      <SelectField
        label={t('whoSees.role')}
        value={role}
        onChange={(r) => choose(r, category)}
        error={errors.role}
        required
        emptyOption={t('whoSees.chooseRole')}
        options={names.roles.map((r) => ({ value: r.id, label: names.pick(r) }))}
      />
      <SelectField
        label={t('whoSees.category')}
        value={category}
        onChange={(c) => choose(role, c)}
        error={errors.category}
        required
        emptyOption={t('whoSees.chooseCategory')}
        options={names.categories.map((c) => ({ value: c.id, label: names.pick(c) }))}
      />
      <SelectField
        label={t('whoSees.activity')}
        description={t('whoSees.activityDescription')}
        value={activity}
        onChange={setActivity}
        error={errors.processingActivityId}
        emptyOption={t('whoSees.noAccess')}
        options={options}
      />
    </AdminForm>
  );
}
