import { Button, DataSummaryItem, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { profiles, systemRoles, type User } from '../../api/types.ts';
import { useAnnouncement } from '../../components/announcement.tsx';
import { CheckboxField, CheckboxGroupField, SelectField, TextField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RecordPageFallback } from '../RecordPageFallback.tsx';
import { AdminForm, type FormDone } from './AdminForm.tsx';
import { AdminRecordHeader, EditableDetails } from './AdminRecord.tsx';
import { nameById, nullable, useOrganisations } from './common.tsx';

export default function UserDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const announcement = useAnnouncement();

  const user = useQuery({
    queryKey: ['admin', 'user', id],
    queryFn: ({ signal }) => api.get<User>(`/api/users/${encodeURIComponent(id)}`, { signal }),
  });

  const endSessions = useMutation({
    mutationFn: () => api.post<{ ended: number }>(`/api/users/${encodeURIComponent(id)}/end-sessions`),
    onSuccess: (result) => announcement.announce(t('users.sessionsEnded', { n: result?.ended ?? 0 })),
  });

  if (!user.isSuccess) return <RecordPageFallback query={user} title={t('users.title')} />;

  const u = user.data;
  return (
    <>
      <AdminRecordHeader backTo="/beheer/gebruikers" title={u.displayName} announcement={announcement} error={endSessions.error} />

      <EditableDetails
        headingId="user-details"
        heading={t('users.details')}
        announcement={announcement}
        form={(onDone) => (
          <EditUserForm
            user={u}
            onDone={(text) => {
              if (text) void queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
              onDone(text);
            }}
          />
        )}
      >
        <DataSummaryItem itemKey={t('users.username')} itemValue={u.username} />
        <DataSummaryItem itemKey={t('users.email')} itemValue={u.email ?? ''} />
        <DataSummaryItem itemKey={t('users.employer')} itemValue={nameById(organisations.data?.items, u.employerOrganisationId)} />
        <DataSummaryItem itemKey={t('users.discipline')} itemValue={u.discipline ?? ''} />
        <DataSummaryItem itemKey={t('users.profile')} itemValue={label('profile', u.profile)} />
        <DataSummaryItem itemKey={t('users.systemRoles')} itemValue={(u.systemRoles ?? []).map((r) => label('role', r)).join(', ')} />
        <DataSummaryItem itemKey={t('users.totp')} itemValue={u.totpEnrolled ? t('users.totpYes') : t('users.totpNo')} />
        <DataSummaryItem itemKey={t('users.status')} itemValue={u.disabled ? t('users.disabled') : t('users.active')} />
      </EditableDetails>

      <section className="samenspel-section">
        <Heading level={2} id="user-sessions">
          {t('users.endSessions')}
        </Heading>
        <Paragraph>{t('users.endSessionsIntro')}</Paragraph>
        <div className="samenspel-actions">
          <Button
            appearance="secondary-action-button"
            hint="danger"
            type="button"
            busy={endSessions.isPending}
            disabled={endSessions.isPending}
            onClick={() => {
              announcement.clear();
              endSessions.mutate();
            }}
          >
            {t('users.endSessions')}
          </Button>
        </div>
      </section>
    </>
  );
}

const editableFields = ['displayName', 'email', 'employerOrganisationId', 'discipline', 'profile', 'systemRoles', 'disabled', 'password'];

function EditUserForm({ user, onDone }: { user: User; onDone: FormDone }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email ?? '');
  const [employerOrganisationId, setEmployer] = useState(user.employerOrganisationId ?? '');
  const [discipline, setDiscipline] = useState(user.discipline ?? '');
  const [profile, setProfile] = useState<string>(user.profile ?? '');
  const [roles, setRoles] = useState<string[]>(user.systemRoles ?? []);
  const [disabled, setDisabled] = useState(user.disabled);
  const [password, setPassword] = useState('');

  const save = useMutation({
    mutationFn: () =>
      api.patch<User>(`/api/users/${encodeURIComponent(user.id)}`, {
        displayName: displayName.trim(),
        email: nullable(email),
        employerOrganisationId: employerOrganisationId || null,
        discipline: nullable(discipline),
        profile: profile || null,
        systemRoles: roles,
        disabled,
        ...(password ? { password } : {}),
      }),
    onSuccess: (saved) => {
      if (saved && typeof saved === 'object' && 'id' in saved) queryClient.setQueryData(['admin', 'user', user.id], saved);
      else void queryClient.invalidateQueries({ queryKey: ['admin', 'user', user.id] });
      onDone(t('admin.saved'));
    },
  });
  const errors = fieldErrors(save.error);

  return (
    <AdminForm
      title={t('users.editTitle')}
      error={save.error}
      knownFields={editableFields}
      busy={save.isPending}
      onSubmit={() => save.mutate()}
      onCancel={() => onDone(null)}
    >
      <TextField label={t('users.displayName')} value={displayName} onChange={setDisplayName} error={errors.displayName} required autoComplete="off" />
      <TextField label={t('users.email')} type="email" value={email} onChange={setEmail} error={errors.email} optional autoComplete="off" />
      <SelectField
        label={t('users.employer')}
        value={employerOrganisationId}
        onChange={setEmployer}
        error={errors.employerOrganisationId}
        optional
        emptyOption={t('admin.none')}
        options={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextField label={t('users.discipline')} value={discipline} onChange={setDiscipline} error={errors.discipline} optional autoComplete="off" />
      <SelectField
        label={t('users.profile')}
        value={profile}
        onChange={setProfile}
        error={errors.profile}
        optional
        emptyOption={t('admin.none')}
        options={profiles.map((p) => ({ value: p, label: label('profile', p) }))}
      />
      <CheckboxGroupField
        legend={t('users.systemRoles')}
        options={systemRoles.map((r) => ({ value: r, label: label('role', r) }))}
        values={roles}
        onChange={setRoles}
        error={errors.systemRoles}
        name="systemRoles"
      />
      <CheckboxField
        label={t('users.disabledField')}
        description={t('users.disabledDescription')}
        checked={disabled}
        onChange={setDisabled}
        error={errors.disabled}
      />
      <TextField
        label={t('users.newPassword')}
        description={t('users.newPasswordDescription')}
        type="password"
        value={password}
        onChange={setPassword}
        error={errors.password}
        optional
        autoComplete="new-password"
      />
    </AdminForm>
  );
}
