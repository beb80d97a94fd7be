import { Button, DataSummaryItem, Heading, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { usePrivacyNames } from '../../api/privacy-queries.ts';
import { teamRoles, type ListResponse, type Team, type TeamMember } from '../../api/types.ts';
import { useAnnouncement } from '../../components/announcement.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { formatPeriod, todayIso } from '../../components/format.ts';
import { QueryTable } from '../../components/QueryTable.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RecordPageFallback } from '../RecordPageFallback.tsx';
import { AdminForm, type FormDone } from './AdminForm.tsx';
import { AdminRecordHeader, EditableDetails } from './AdminRecord.tsx';
import { nameById, optional, useMunicipalities, useUsers } from './common.tsx';
import { EditMembershipForm, ProfessionalRoleField } from './MembershipForm.tsx';
import { TeamForm } from './TeamForm.tsx';

export default function TeamDetailPage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, label } = i18n;
  const queryClient = useQueryClient();
  const municipalities = useMunicipalities();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<TeamMember | null>(null);
  const announcement = useAnnouncement();
  const names = usePrivacyNames();

  const team = useQuery({
    queryKey: ['admin', 'team', id],
    queryFn: ({ signal }) => api.get<Team>(`/api/teams/${encodeURIComponent(id)}`, { signal }),
  });
  const members = useQuery({
    queryKey: ['admin', 'team', id, 'members'],
    queryFn: ({ signal }) => api.get<ListResponse<TeamMember>>(`/api/teams/${encodeURIComponent(id)}/members`, { signal }),
    enabled: team.isSuccess,
  });

  const endMembership = useMutation({
    mutationFn: (member: TeamMember) =>
      api.delete(`/api/teams/${encodeURIComponent(id)}/members/${encodeURIComponent(member.id)}`).then(() => member),
    onSuccess: async (member) => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'team', id, 'members'] });
      announcement.announce(t('teams.membershipEnded', { name: member.displayName }));
    },
  });

  if (!team.isSuccess) return <RecordPageFallback query={team} title={t('teams.title')} />;

  const tm = team.data;
  const today = todayIso();

  return (
    <>
      <AdminRecordHeader backTo="/beheer/teams" title={tm.name} announcement={announcement} error={endMembership.error} />

      <EditableDetails
        headingId="team-details"
        heading={t('teams.details')}
        announcement={announcement}
        form={(onDone) => <TeamForm item={tm} onDone={onDone} />}
      >
        <DataSummaryItem itemKey={t('teams.kind')} itemValue={label('teamKind', tm.kind)} />
        <DataSummaryItem itemKey={t('teams.municipality')} itemValue={nameById(municipalities.data?.items, tm.municipalityId)} />
        <DataSummaryItem itemKey={t('teams.areaPostcodes')} itemValue={(tm.areaPostcodes ?? []).join(', ')} />
        <DataSummaryItem itemKey={t('teams.areaDistricts')} itemValue={(tm.areaDistricts ?? []).join(', ')} />
        <DataSummaryItem itemKey={t('teams.period')} itemValue={formatPeriod(i18n, tm.validFrom, tm.validUntil)} />
      </EditableDetails>

      <section className="samenspel-section">
        <Heading level={2} id="team-members">
          {t('teams.members')}
        </Heading>
        {editing ? (
          <EditMembershipForm
            key={editing.id}
            teamId={tm.id}
            member={editing}
            onDone={(text) => {
              setEditing(null);
              announcement.announce(text);
            }}
          />
        ) : null}
        {adding ? (
          <AddMemberForm
            teamId={tm.id}
            onDone={(text) => {
              setAdding(false);
              announcement.announce(text);
            }}
          />
        ) : (
          <div className="samenspel-actions">
            <Button appearance="primary-action-button" type="button" onClick={() => { announcement.clear(); setEditing(null); setAdding(true); }}>
              {t('teams.addMember')}
            </Button>
          </div>
        )}
        <QueryTable
          query={members}
          emptyText={t('teams.noMembers')}
          caption={t('teams.membersCaption')}
          headers={[t('teams.user'), t('teams.role'), t('teams.professionalRole'), t('teams.period'), t('admin.actions')]}
          testId="team-members"
          row={(m) => {
            const ended = Boolean(m.validUntil && m.validUntil.slice(0, 10) < today);
            return (
              <TableRow key={m.id}>
                <Th scope="row">
                  <AppLink to={`/beheer/gebruikers/${encodeURIComponent(m.userId)}`}>{m.displayName}</AppLink>
                </Th>
                <TableCell>{label('teamRole', m.role)}</TableCell>
                <TableCell>{names.role(m.professionalRole)}</TableCell>
                <TableCell>{formatPeriod(i18n, m.validFrom, m.validUntil)}</TableCell>
                <TableCell>
                  {ended ? null : (
                    <Button
                      appearance="subtle-button"
                      type="button"
                      aria-label={t('teams.editMembershipLabel', { name: m.displayName })}
                      onClick={() => {
                        announcement.clear();
                        setAdding(false);
                        setEditing(m);
                      }}
                    >
                      {t('teams.editMembership')}
                    </Button>
                  )}
                  {ended ? null : (
                    <Button
                      appearance="secondary-action-button"
                      hint="danger"
                      type="button"
                      aria-label={t('teams.endMembershipLabel', { name: m.displayName })}
                      disabled={endMembership.isPending}
                      onClick={() => {
                        if (window.confirm(t('teams.confirmEnd', { name: m.displayName }))) {
                          announcement.clear();
                          endMembership.mutate(m);
                        }
                      }}
                    >
                      {t('teams.endMembership')}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          }}
        />
      </section>
    </>
  );
}

function AddMemberForm({ teamId, onDone }: { teamId: string; onDone: FormDone }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const users = useUsers();
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<string>('member');
  const [professionalRole, setProfessionalRole] = useState('generalist');
  const [validFrom, setValidFrom] = useState(todayIso());
  const [validUntil, setValidUntil] = useState('');

  const add = useMutation({
    mutationFn: () =>
      api.post<TeamMember>(`/api/teams/${encodeURIComponent(teamId)}/members`, {
        userId,
        role,
        professionalRole,
        validFrom: optional(validFrom),
        validUntil: optional(validUntil),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'team', teamId, 'members'] });
      const name = users.data?.items.find((u) => u.id === userId)?.displayName ?? '';
      onDone(t('teams.memberAdded', { name }));
    },
  });
  const errors = fieldErrors(add.error);

  return (
    <AdminForm
      title={t('teams.addMember')}
      level={3}
      error={add.error}
      knownFields={['userId', 'role', 'professionalRole', 'validFrom', 'validUntil']}
      busy={add.isPending}
      submitLabel={t('teams.addMember')}
      onSubmit={() => add.mutate()}
      onCancel={() => onDone(null)}
    >
      <SelectField
        label={t('teams.user')}
        value={userId}
        onChange={setUserId}
        error={errors.userId}
        required
        emptyOption={t('teams.chooseUser')}
        options={(users.data?.items ?? [])
          .filter((u) => !u.disabled)
          .map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))}
      />
      <SelectField
        label={t('teams.role')}
        value={role}
        onChange={setRole}
        error={errors.role}
        required
        options={teamRoles.map((r) => ({ value: r, label: label('teamRole', r) }))}
      />
      <ProfessionalRoleField value={professionalRole} onChange={setProfessionalRole} error={errors.professionalRole} />
      <TextField label={t('teams.memberValidFrom')} type="date" value={validFrom} onChange={setValidFrom} error={errors.validFrom} optional />
      <TextField label={t('teams.memberValidUntil')} type="date" value={validUntil} onChange={setValidUntil} error={errors.validUntil} optional />
    </AdminForm>
  );
}
