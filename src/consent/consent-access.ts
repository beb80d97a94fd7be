import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { authoriseHouseholdContent, householdRelation } from '../access/relations.ts';
import { decide } from '../access/rules.ts';
import type { ConsentForm, DataCategory, ProfessionalRole } from '../db/schema.ts';
import { displayName } from '../persons/person-names.ts';
import { conflict, notFound, type FieldIssue } from '../server/errors.ts';
import { checkMembers, checkParties, householdMembers, logSharing, rejectIfAny, sharingChoices, type Bilingual } from './consent-parties-access.ts';
import type { ConsentInput } from './consent-schemas.ts';

export type ConsentStatus = 'active' | 'not_yet_valid' | 'expired' | 'withdrawn';

export interface ConsentView {
  id: string;
  person: { id: string; displayName: string };
  categories: DataCategory[];
  recipient: { team: { id: string; name: string } | null; organisation: { id: string; name: string } | null; role: { id: ProfessionalRole; name: Bilingual } | null };
  processingActivity: { id: string; name: string };
  validFrom: string;
  validUntil: string | null;
  form: ConsentForm;
  witnessedBy: string | null;
  recordedBy: { id: string; displayName: string };
  recordedAt: Date;
  withdrawal: { at: Date; by: { id: string; displayName: string }; note: string | null } | null;
  /** Today, as the access layer applies it. */
  status: ConsentStatus;
}

const readRefusal = { nl: 'Toestemmingen ziet alleen wie de inhoud van het dossier ziet: de regisseur en de toegewezen professional.', en: 'Consents are seen only by those who see the dossier’s contents: the coordinator and the assigned professional.' };
const writeRefusal = { nl: 'Toestemming vastleggen of intrekken doen de regisseur en de toegewezen professional.', en: 'Consent is recorded or withdrawn by the coordinator and the assigned professional.' };

/** The consents of the household's current members, active ones first; the members, marking who consents for themselves. */
export async function listConsents(access: AccessSession, householdId: string) {
  const decision = await authoriseHouseholdContent(access, householdId, 'dossier', 'get', readRefusal);
  const members = await householdMembers(access, householdId);
  const items = await loadConsents(access, { personIds: members.map((m) => m.personId) });
  logSharing(access, decision, 'consent.list', members.map((m) => m.personId), { type: 'household', id: householdId }, { consents: items.length });
  const canRecord = decide(access.grants, 'dossier', 'update', await householdRelation(access, householdId)).allowed;
  return { items, members, abilities: { record: canRecord } };
}

/** One consent per person; a child's consent is given by a parent, so is recorded with the parent. */
export async function recordConsents(access: AccessSession, householdId: string, input: ConsentInput): Promise<{ items: ConsentView[] }> {
  const decision = await authoriseHouseholdContent(access, householdId, 'dossier', 'update', writeRefusal);
  const members = await householdMembers(access, householdId);
  const choices = await sharingChoices(access, householdId);
  const issues: FieldIssue[] = [...checkMembers(members, input.personIds), ...checkParties(choices, input.recipient, 'body.recipient')];
  input.personIds.forEach((id, i) => {
    if (members.find((m) => m.personId === id)?.adult === false) {
      issues.push({ path: `body.personIds.${i}`, message: { nl: 'Voor een kind onder de 16 geeft een ouder of voogd toestemming: leg die vast bij de ouder', en: 'For a child under 16 a parent or guardian consents: record it with the parent' } });
    }
  });
  const activity = choices.activities.find((a) => a.id === input.processingActivityId);
  if (!activity) issues.push({ path: 'body.processingActivityId', message: { nl: 'Kies een doel waarvoor toestemming de grondslag is', en: 'Choose a purpose whose legal basis is consent' } });
  else {
    const outside = input.categories.filter((c) => !activity.categories.includes(c));
    if (outside.length > 0) issues.push({ path: 'body.categories', message: { nl: `Valt niet onder dit doel: ${outside.join(', ')}`, en: `Not covered by this purpose: ${outside.join(', ')}` } });
  }
  rejectIfAny(issues);

  const ids: string[] = [];
  for (const personId of input.personIds) {
    const id = randomUUID();
    await access.tx.insertInto('consent').values({
      id, person_id: personId, categories: input.categories,
      recipient_team_id: input.recipient.teamId ?? null, recipient_organisation_id: input.recipient.organisationId ?? null, recipient_role: input.recipient.role ?? null,
      processing_activity_id: input.processingActivityId, valid_from: input.validFrom ?? sql<string>`current_date`, valid_until: input.validUntil ?? null,
      form: input.form, witnessed_by: input.witnessedBy ?? null, recorded_by: access.actor.userId,
    }).execute();
    ids.push(id);
    logSharing(access, decision, 'consent.record', [personId], { type: 'consent', id }, { categories: input.categories, form: input.form });
  }
  return { items: await loadConsents(access, { ids }) };
}

/** Withdrawal applies from the next request on: the access layer reads consents on every request. */
export async function withdrawConsent(access: AccessSession, householdId: string, consentId: string, note: string | undefined): Promise<ConsentView> {
  const decision = await authoriseHouseholdContent(access, householdId, 'dossier', 'update', writeRefusal);
  const members = await householdMembers(access, householdId);
  const [consent] = await loadConsents(access, { ids: [consentId], personIds: members.map((m) => m.personId) });
  if (!consent) throw notFound();
  if (consent.withdrawal) throw conflict({ nl: 'Deze toestemming is al ingetrokken.', en: 'This consent has already been withdrawn.' });
  await access.tx.updateTable('consent').set({ withdrawn_at: sql<Date>`now()`, withdrawn_by: access.actor.userId, withdrawal_note: note ?? null })
    .where('id', '=', consentId).where('withdrawn_at', 'is', null).execute();
  logSharing(access, decision, 'consent.withdraw', [consent.person.id], { type: 'consent', id: consentId }, { categories: consent.categories });
  return (await loadConsents(access, { ids: [consentId] }))[0]!;
}

async function loadConsents(access: AccessSession, filter: { ids?: string[]; personIds?: string[] }): Promise<ConsentView[]> {
  const byId = filter.ids ? sql`AND c.id = ANY(${filter.ids}::uuid[])` : sql``;
  const byPerson = filter.personIds ? sql`AND c.person_id = ANY(${filter.personIds}::uuid[])` : sql``;
  const rows = await sql<{
    id: string; person_id: string; given_names: string; family_name_prefix: string | null; family_name: string; categories: DataCategory[];
    team_id: string | null; team_name: string | null; organisation_id: string | null; organisation_name: string | null;
    role_id: ProfessionalRole | null; role_nl: string | null; role_en: string | null; activity_id: string; activity_name: string;
    valid_from: string; valid_until: string | null; form: ConsentForm; witnessed_by: string | null; recorded_by: string; recorder: string; recorded_at: Date;
    withdrawn_at: Date | null; withdrawn_by: string | null; withdrawer: string | null; withdrawal_note: string | null; status: ConsentStatus;
  }>`
    SELECT c.id, c.person_id, p.given_names, p.family_name_prefix, p.family_name, c.categories,
      c.recipient_team_id AS team_id, t.name AS team_name, c.recipient_organisation_id AS organisation_id, o.name AS organisation_name,
      c.recipient_role AS role_id, r.name_nl AS role_nl, r.name_en AS role_en, c.processing_activity_id AS activity_id, a.name AS activity_name,
      c.valid_from::text AS valid_from, c.valid_until::text AS valid_until, c.form, c.witnessed_by, c.recorded_by, ru.display_name AS recorder, c.recorded_at,
      c.withdrawn_at, c.withdrawn_by, wu.display_name AS withdrawer, c.withdrawal_note,
      CASE WHEN c.withdrawn_at IS NOT NULL THEN 'withdrawn' WHEN c.valid_from > current_date THEN 'not_yet_valid'
           WHEN c.valid_until < current_date THEN 'expired' ELSE 'active' END AS status
    FROM consent c JOIN person p ON p.id = c.person_id JOIN processing_activity a ON a.id = c.processing_activity_id
    JOIN app_user ru ON ru.id = c.recorded_by LEFT JOIN app_user wu ON wu.id = c.withdrawn_by
    LEFT JOIN team t ON t.id = c.recipient_team_id LEFT JOIN organisation o ON o.id = c.recipient_organisation_id
    LEFT JOIN professional_role r ON r.id = c.recipient_role
    WHERE true ${byId} ${byPerson}
    ORDER BY (c.withdrawn_at IS NULL AND c.valid_from <= current_date AND (c.valid_until IS NULL OR c.valid_until >= current_date)) DESC, c.recorded_at DESC, c.id`.execute(access.tx);
  return rows.rows.map((r) => ({
    id: r.id, person: { id: r.person_id, displayName: displayName(r) }, categories: r.categories,
    recipient: {
      team: r.team_id ? { id: r.team_id, name: r.team_name! } : null,
      organisation: r.organisation_id ? { id: r.organisation_id, name: r.organisation_name! } : null,
      role: r.role_id ? { id: r.role_id, name: { nl: r.role_nl!, en: r.role_en! } } : null,
    },
    processingActivity: { id: r.activity_id, name: r.activity_name },
    validFrom: r.valid_from, validUntil: r.valid_until, form: r.form, witnessedBy: r.witnessed_by,
    recordedBy: { id: r.recorded_by, displayName: r.recorder }, recordedAt: r.recorded_at,
    withdrawal: r.withdrawn_at ? { at: r.withdrawn_at, by: { id: r.withdrawn_by!, displayName: r.withdrawer ?? '?' }, note: r.withdrawal_note } : null,
    status: r.status,
  }));
}
