import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { usePrivacyNames } from '../../api/privacy-queries.ts';
import { teamRoles, type TeamMember } from '../../api/types.ts';
import { SelectField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminForm, type FormDone } from './AdminForm.tsx';

/** The professional role select of a membership: it decides which data categories the member sees. */
export function ProfessionalRoleField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useI18n();
  const names = usePrivacyNames();
  return (
    <SelectField
      label={t('teams.professionalRole')}
      description={t('teams.professionalRoleDescription')}
      value={value}
      onChange={onChange}
      error={error}
      required
      options={names.roles.map((r) => ({ value: r.id, label: names.pick(r) }))}
    />
  );
}

/** Change a member's role in the team and professional role. */
export function EditMembershipForm({ teamId, member, onDone }: { teamId: string; member: TeamMember; onDone: FormDone }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<string>(member.role);
  const [professionalRole, setProfessionalRole] = useState(member.professionalRole);

  const save = useMutation({
    mutationFn: () =>
      api.patch<TeamMember>(`/api/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(member.id)}`, { role, professionalRole }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'team', teamId, 'members'] });
      onDone(t('teams.membershipSaved', { name: member.displayName }));
    },
  });
  const errors = fieldErrors(save.error);

  return (
    <AdminForm
      title={t('teams.editMembershipTitle', { name: member.displayName })}
      level={3}
      error={save.error}
      knownFields={['role', 'professionalRole']}
      busy={save.isPending}
      onSubmit={() => save.mutate()}
      onCancel={() => onDone(null)}
    >
      <SelectField
        label={t('teams.role')}
        value={role}
        onChange={setRole}
        error={errors.role}
        required
        options={teamRoles.map((r) => ({ value: r, label: label('teamRole', r) }))}
      />
      <ProfessionalRoleField value={professionalRole} onChange={setProfessionalRole} error={errors.professionalRole} />
    </AdminForm>
  );
}
