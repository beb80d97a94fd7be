import { TableCell } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { profiles, systemRoles, type User } from '../../api/types.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { CheckboxGroupField, SelectField, TextField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminForm, type FormDone } from './AdminForm.tsx';
import { AdminListPage } from './AdminListPage.tsx';
import { nameById, optional, useOrganisations, useUsers } from './common.tsx';

export default function UsersPage() {
  const { t, label } = useI18n();
  const list = useUsers();
  const organisations = useOrganisations();
  return (
    <AdminListPage
      title={t('users.title')}
      newLabel={t('users.new')}
      list={list}
      caption={t('users.caption')}
      headers={[
        t('users.displayName'),
        t('users.username'),
        t('users.employer'),
        t('users.systemRoles'),
        t('users.totp'),
        t('users.status'),
      ]}
      testId="users"
      row={(u) => (
        <>
          <Th scope="row">
            <AppLink to={`/beheer/gebruikers/${encodeURIComponent(u.id)}`}>{u.displayName}</AppLink>
          </Th>
          <TableCell>{u.username}</TableCell>
          <TableCell>{nameById(organisations.data?.items, u.employerOrganisationId)}</TableCell>
          <TableCell>{(u.systemRoles ?? []).map((r) => label('role', r)).join(', ')}</TableCell>
          <TableCell>{u.totpEnrolled ? t('users.totpYes') : t('users.totpNo')}</TableCell>
          <TableCell>{u.disabled ? t('users.disabled') : t('users.active')}</TableCell>
        </>
      )}
      form={(_item, onDone) => <CreateUserForm onDone={onDone} />}
    />
  );
}

const userFields = ['username', 'displayName', 'email', 'employerOrganisationId', 'discipline', 'profile', 'systemRoles', 'password'];

function CreateUserForm({ onDone }: { onDone: FormDone }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [employerOrganisationId, setEmployer] = useState('');
  const [discipline, setDiscipline] = useState('');
  const [profile, setProfile] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [password, setPassword] = useState('');

  const create = useMutation({
    mutationFn: () =>
      api.post<User>('/api/users', {
        username: username.trim(),
        displayName: displayName.trim(),
        email: optional(email),
        employerOrganisationId: employerOrganisationId || undefined,
        discipline: optional(discipline),
        profile: profile || undefined,
        systemRoles: roles,
        password,
      }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      onDone(t('admin.created', { name: saved?.displayName ?? displayName }));
    },
  });
  const errors = fieldErrors(create.error);
  const err = (path: string) => errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.`))?.[1];

  return (
    <AdminForm
      title={t('users.new')}
      error={create.error}
      knownFields={Object.keys(errors).filter((k) => userFields.some((f) => k === f || k.startsWith(`${f}.`)))}
      busy={create.isPending}
      submitLabel={t('admin.create')}
      onSubmit={() => create.mutate()}
      onCancel={() => onDone(null)}
    >
      <TextField label={t('users.username')} value={username} onChange={setUsername} error={err('username')} required autoComplete="off" spellCheck={false} />
      <TextField label={t('users.displayName')} value={displayName} onChange={setDisplayName} error={err('displayName')} required autoComplete="off" />
      <TextField label={t('users.email')} type="email" value={email} onChange={setEmail} error={err('email')} optional autoComplete="off" />
      <SelectField
        label={t('users.employer')}
        value={employerOrganisationId}
        onChange={setEmployer}
        error={err('employerOrganisationId')}
        optional
        emptyOption={t('admin.none')}
        options={(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
      />
      <TextField
        label={t('users.discipline')}
        description={t('users.disciplineDescription')}
        value={discipline}
        onChange={setDiscipline}
        error={err('discipline')}
        optional
        autoComplete="off"
      />
      <SelectField
        label={t('users.profile')}
        value={profile}
        onChange={setProfile}
        error={err('profile')}
        optional
        emptyOption={t('admin.none')}
        options={profiles.map((p) => ({ value: p, label: label('profile', p) }))}
      />
      <CheckboxGroupField
        legend={t('users.systemRoles')}
        description={t('users.systemRolesDescription')}
        options={systemRoles.map((r) => ({ value: r, label: label('role', r) }))}
        values={roles}
        onChange={setRoles}
        error={err('systemRoles')}
        name="systemRoles"
      />
      <TextField
        label={t('users.password')}
        description={t('users.passwordDescription')}
        type="password"
        value={password}
        onChange={setPassword}
        error={err('password')}
        required
        autoComplete="new-password"
      />
    </AdminForm>
  );
}
