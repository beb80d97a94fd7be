import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { authoriseHouseholdContent, currentMemberIds } from '../access/relations.ts';
import { configurationOn, today } from '../configuration/configuration-store.ts';
import { withConfigurationTables } from '../configuration/configuration-tables.ts';
import type { Message } from '../server/errors.ts';

export type UpscalingReason = 'months' | 'contacts';

export interface UpscalingCase {
  caseFileId: string;
  team: { id: string; name: string };
  openedAt: Date;
  monthsOpen: number;
  contacts: number;
  reasons: UpscalingReason[];
}

export interface UpscalingCheck {
  householdId: string;
  /** The configuration version whose thresholds were used; null when the municipality has none. */
  configuration: { id: string; validFrom: string } | null;
  thresholds: { upscaleAfterMonths: number | null; upscaleAfterContacts: number | null };
  /** The team to ask first (e.g. the noodteam): it advises, the case stays with the team. */
  upscaleTo: { key: string; teamId: string | null; name: string | null } | null;
  cases: UpscalingCase[];
  upscale: boolean;
  advice: Message | null;
}

const refusal: Message = {
  nl: 'Alleen de regisseur en de toegewezen professional zien of een casus opgeschaald moet worden.',
  en: 'Only the coordinator and the assigned professional see whether a case should be scaled up.',
};

async function upscaleTeam(access: AccessSession, municipalityId: string, key: string) {
  const row = await withConfigurationTables(access.tx).selectFrom('municipal_configuration_team as k').innerJoin('team as t', 't.id', 'k.team_id')
    .select(['t.id', 't.name']).where('k.municipality_id', '=', municipalityId).where('k.team_key', '=', key).executeTakeFirst();
  return { key, teamId: row?.id ?? null, name: row?.name ?? null };
}

/**
 * Read-only: compares each open case's age and number of contacts with the upscaling thresholds
 * of the municipal configuration in force (e.g. Heemskerk: three months, eight talks). Nothing is
 * changed; asking the escalation team for advice is the professional's step.
 */
export async function checkUpscaling(access: AccessSession, householdId: string): Promise<UpscalingCheck> {
  const decision = await authoriseHouseholdContent(access, householdId, 'dossier', 'get', refusal);
  const household = await access.tx.selectFrom('household').select('municipality_id').where('id', '=', householdId).executeTakeFirstOrThrow();
  const current = await configurationOn(access.tx, household.municipality_id, await today(access.tx));
  const thresholds = current?.configuration.thresholds ?? { upscaleAfterMonths: null, upscaleAfterContacts: null };
  const rows = await sql<{ id: string; team_id: string; team_name: string; opened_at: Date; months_open: number; contacts: number }>`
    SELECT cf.id, cf.team_id, t.name AS team_name, cf.opened_at,
           (date_part('year', age(current_date, cf.opened_at::date)) * 12 + date_part('month', age(current_date, cf.opened_at::date)))::int AS months_open,
           (SELECT count(*) FROM contact c WHERE c.case_file_id = cf.id)::int AS contacts
    FROM case_file cf JOIN team t ON t.id = cf.team_id
    WHERE cf.household_id = ${householdId}::uuid AND cf.closed_at IS NULL AND cf.kind = 'case'
    ORDER BY cf.opened_at, cf.id`.execute(access.tx);
  const cases = rows.rows.map((r) => ({
    caseFileId: r.id, team: { id: r.team_id, name: r.team_name }, openedAt: r.opened_at, monthsOpen: r.months_open, contacts: r.contacts,
    reasons: [
      ...(thresholds.upscaleAfterMonths !== null && r.months_open >= thresholds.upscaleAfterMonths ? ['months' as const] : []),
      ...(thresholds.upscaleAfterContacts !== null && r.contacts >= thresholds.upscaleAfterContacts ? ['contacts' as const] : []),
    ],
  }));
  const upscale = cases.some((c) => c.reasons.length > 0);
  const key = current?.configuration.thresholds.upscaleTo;
  const upscaleTo = key ? await upscaleTeam(access, household.municipality_id, key) : null;
  for (const personId of await currentMemberIds(access, householdId)) {
    access.log({
      name: 'upscaling.check', processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
      dataSubject: { id: personId, type: 'samenspel_person_id' }, resourceType: 'household', resourceId: householdId,
      actingTeamId: decision.teamId ?? null, actingRole: decision.role ?? null, attributes: { upscale },
    });
  }
  const to = upscaleTo?.name ?? null;
  return {
    householdId,
    configuration: current ? { id: current.id, validFrom: current.validFrom } : null,
    thresholds: { upscaleAfterMonths: thresholds.upscaleAfterMonths, upscaleAfterContacts: thresholds.upscaleAfterContacts },
    upscaleTo, cases, upscale,
    advice: upscale ? {
      nl: `De drempel voor opschalen is bereikt. ${to ? `Vraag advies aan ${to}; ` : ''}de casus blijft bij het eigen team tot er een besluit is over doorverwijzen.`,
      en: `The threshold for scaling up has been reached. ${to ? `Ask ${to} for advice; ` : ''}the case stays with its own team until referral is decided.`,
    } : null,
  };
}
