import { sql } from 'kysely';
import type { DataCategory, LegalBasisKind, ProfessionalRole } from '../db/schema.ts';
import type { LogEntryInput } from '../processing-log/writer.ts';
import type { AccessSession } from './access-session.ts';
import { forbidden } from '../server/errors.ts';
import type { Decision } from './rules.ts';
import { currentMembership } from './visibility-sql.ts';

/** Why an item of the dossier is not shown. */
export type WithheldReason = 'not_for_role' | 'needs_consent' | 'restricted_by_resident' | 'processing_restricted';
export type Verdict = { visible: true; activityId: string } | { visible: false; reason: WithheldReason };

/** Below this age a parent's consent counts for the child (UAVG art. 5). */
const consentAge = 16;

interface CategoryGrant { activityId: string; legalBasis: LegalBasisKind }
interface Consent { personId: string; categories: DataCategory[]; activityId: string; teamId: string | null; organisationId: string | null; role: ProfessionalRole | null }
interface Restriction { personId: string; categories: DataCategory[]; userId: string | null; teamId: string | null; organisationId: string | null; role: ProfessionalRole | null }
interface Member { personId: string; adult: boolean; restricted: boolean }

/**
 * The second half of every decision on dossier contents: which data categories this user may
 * see in this household, under which processing activity (purpose), given their professional
 * role, the residents' consents and their own restrictions. The first half (may the user see
 * the contents at all) is `decide`; this one is asked per item. Default deny: a category no
 * rule names for the role is withheld.
 */
export class ContentPolicy {
  readonly decision: Decision;
  readonly professionalRole: ProfessionalRole | null;
  private readonly grants: ReadonlyMap<DataCategory, CategoryGrant>;
  private readonly consents: readonly Consent[];
  private readonly restrictions: readonly Restriction[];
  private readonly members: readonly Member[];
  private readonly recipient: { userId: string; teamId: string | null; organisationId: string | null };
  private readonly emergency: boolean;
  private readonly tally = new Map<string, { category: DataCategory; reason: WithheldReason; count: number }>();
  private readonly activitiesUsed = new Map<string, Set<DataCategory>>();

  constructor(init: {
    decision: Decision; professionalRole: ProfessionalRole | null; grants: ReadonlyMap<DataCategory, CategoryGrant>;
    consents: readonly Consent[]; restrictions: readonly Restriction[]; members: readonly Member[];
    recipient: { userId: string; teamId: string | null; organisationId: string | null };
  }) {
    this.decision = init.decision;
    this.professionalRole = init.professionalRole;
    this.grants = init.grants;
    this.consents = init.consents;
    this.restrictions = init.restrictions;
    this.members = init.members;
    this.recipient = init.recipient;
    this.emergency = init.decision.role === 'emergency_access';
  }

  /** The household's current members: the data subjects of an item about the household as a whole. */
  get memberIds(): string[] {
    return this.members.map((m) => m.personId);
  }

  /** One item of a category about these persons (default: the whole household). */
  check(category: DataCategory, subjects: readonly string[] = this.memberIds): Verdict {
    if (!this.decision.allowed) return { visible: false, reason: 'not_for_role' };
    if (this.emergency) return { visible: true, activityId: this.decision.rule!.processingActivityId };
    if (subjects.some((p) => this.members.find((m) => m.personId === p)?.restricted)) return { visible: false, reason: 'processing_restricted' };
    const grant = this.grants.get(category);
    if (!grant) return { visible: false, reason: 'not_for_role' };
    if (grant.legalBasis !== 'legal_duty' && subjects.some((p) => this.restricts(p, category))) return { visible: false, reason: 'restricted_by_resident' };
    if (grant.legalBasis === 'consent' && !this.consented(subjects, category, grant.activityId)) return { visible: false, reason: 'needs_consent' };
    return { visible: true, activityId: grant.activityId };
  }

  /** The purpose under which this user works here: for writes and reads that span categories. */
  get primaryActivityId(): string {
    if (this.emergency || this.grants.size === 0) return this.decision.rule!.processingActivityId;
    const counts = new Map<string, number>();
    for (const g of this.grants.values()) if (g.legalBasis !== 'consent') counts.set(g.activityId, (counts.get(g.activityId) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? this.decision.rule!.processingActivityId;
  }

  /** Categories that could be visible for some item: a prefilter for queries. */
  get candidateCategories(): DataCategory[] {
    if (!this.decision.allowed) return [];
    if (this.emergency) return allCategories;
    return [...this.grants.keys()];
  }

  /** Keeps the visible items, counts the withheld ones per category and reason. */
  filter<T>(items: readonly T[], categoryOf: (item: T) => DataCategory, subjectsOf?: (item: T) => readonly string[]): T[] {
    return items.filter((item) => this.admit(categoryOf(item), subjectsOf?.(item)));
  }

  /** As `check`, and remembers the outcome for the withheld notice and the log. */
  admit(category: DataCategory, subjects?: readonly string[]): boolean {
    const verdict = this.check(category, subjects);
    if (verdict.visible) {
      const used = this.activitiesUsed.get(verdict.activityId) ?? new Set();
      used.add(category);
      this.activitiesUsed.set(verdict.activityId, used);
      return true;
    }
    this.countWithheld(category, verdict.reason);
    return false;
  }

  countWithheld(category: DataCategory, reason: WithheldReason, count = 1) {
    const key = `${category}:${reason}`;
    const entry = this.tally.get(key) ?? { category, reason, count: 0 };
    entry.count += count;
    this.tally.set(key, entry);
  }

  /** What was held back, per category and reason — for "withheld: …" in the UI. */
  withheld(): Array<{ category: DataCategory; reason: WithheldReason; count: number }> {
    return [...this.tally.values()].sort((a, b) => a.category.localeCompare(b.category) || a.reason.localeCompare(b.reason));
  }

  /**
   * The log of a read: one entry per data subject per processing activity under which
   * something was shown (or the decision's activity when nothing was), with the categories.
   */
  logRead(access: AccessSession, entry: Pick<LogEntryInput, 'name' | 'resourceType' | 'resourceId'> & { attributes?: Record<string, unknown> }, subjects: readonly string[] = this.memberIds) {
    const activities = this.activitiesUsed.size > 0
      ? [...this.activitiesUsed].map(([activityId, categories]) => ({ activityId, categories: [...categories].sort() }))
      : [{ activityId: this.decision.rule!.processingActivityId, categories: [] as DataCategory[] }];
    const withheld = this.withheld();
    for (const { activityId, categories } of activities) {
      for (const id of subjects) {
        access.log({
          ...entry, processingActivityId: activityId, outcome: 'allowed', dataSubject: { id, type: 'samenspel_person_id' },
          actingTeamId: this.decision.teamId, actingRole: this.decision.role,
          attributes: { ...entry.attributes, categories, ...(withheld.length ? { withheld: withheld.map((w) => `${w.category}:${w.reason}`) } : {}), ...(this.emergency ? { emergency: true } : {}) },
        });
      }
    }
  }

  private restricts(personId: string, category: DataCategory): boolean {
    const { userId, teamId, organisationId } = this.recipient;
    return this.restrictions.some((r) => r.personId === personId && r.categories.includes(category) && (
      (r.userId !== null && r.userId === userId) || (r.teamId !== null && r.teamId === teamId)
      || (r.organisationId !== null && r.organisationId === organisationId) || (r.role !== null && r.role === this.professionalRole)));
  }

  private hasConsent(personId: string, category: DataCategory, activityId: string): boolean {
    const { teamId, organisationId } = this.recipient;
    return this.consents.some((c) => c.personId === personId && c.activityId === activityId && c.categories.includes(category) && (
      (c.teamId !== null && c.teamId === teamId) || (c.organisationId !== null && c.organisationId === organisationId)
      || (c.role !== null && c.role === this.professionalRole)));
  }

  /** Every adult subject consented; for a child, one adult of the household did. */
  private consented(subjects: readonly string[], category: DataCategory, activityId: string): boolean {
    const adults = this.members.filter((m) => m.adult).map((m) => m.personId);
    return subjects.every((p) => {
      const member = this.members.find((m) => m.personId === p);
      if (member && !member.adult) return adults.some((a) => this.hasConsent(a, category, activityId));
      return this.hasConsent(p, category, activityId);
    });
  }
}

const allCategories: DataCategory[] = ['social', 'work_participation', 'income_benefit', 'debt', 'health_work_capability', 'health_diagnosis', 'justice', 'safety', 'enforcement'];

/** Loads what the policy needs for this household in one query. */
export async function contentPolicy(access: AccessSession, householdId: string, decision: Decision): Promise<ContentPolicy> {
  const teamId = decision.teamId ?? null;
  const row = (await sql<{
    role: ProfessionalRole | null; organisation_id: string | null;
    grants: Array<{ category: DataCategory; activityId: string; legalBasis: LegalBasisKind }> | null;
    members: Member[] | null; consents: Consent[] | null; restrictions: Restriction[] | null;
  }>`
    WITH members AS (
      SELECT hm.person_id, p.birth_date, p.processing_restricted_at FROM household_member hm JOIN person p ON p.id = hm.person_id
      WHERE hm.household_id = ${householdId}::uuid AND ${currentMembership('hm')}
    ), role AS (
      SELECT m.professional_role FROM team_membership m
      WHERE m.user_id = ${access.actor.userId}::uuid AND m.team_id = ${teamId}::uuid AND ${currentMembership('m')} LIMIT 1
    )
    SELECT (SELECT professional_role FROM role) AS role,
      (SELECT employer_organisation_id FROM app_user WHERE id = ${access.actor.userId}::uuid) AS organisation_id,
      (SELECT json_agg(json_build_object('category', r.category, 'activityId', r.processing_activity_id, 'legalBasis', a.legal_basis_kind))
         FROM category_rule r JOIN processing_activity a ON a.id = r.processing_activity_id
        WHERE r.professional_role = (SELECT professional_role FROM role)) AS grants,
      (SELECT json_agg(json_build_object('personId', person_id, 'restricted', processing_restricted_at IS NOT NULL,
         'adult', birth_date IS NULL OR birth_date <= current_date - make_interval(years => ${consentAge})))
         FROM members) AS members,
      (SELECT json_agg(json_build_object('personId', c.person_id, 'categories', c.categories, 'activityId', c.processing_activity_id,
         'teamId', c.recipient_team_id, 'organisationId', c.recipient_organisation_id, 'role', c.recipient_role))
         FROM consent c WHERE c.person_id IN (SELECT person_id FROM members) AND c.withdrawn_at IS NULL
          AND c.valid_from <= current_date AND (c.valid_until IS NULL OR c.valid_until >= current_date)) AS consents,
      (SELECT json_agg(json_build_object('personId', r.person_id, 'categories', r.categories, 'userId', r.applies_to_user_id,
         'teamId', r.applies_to_team_id, 'organisationId', r.applies_to_organisation_id, 'role', r.applies_to_role))
         FROM sharing_restriction r WHERE r.person_id IN (SELECT person_id FROM members) AND r.ended_at IS NULL) AS restrictions
  `.execute(access.tx)).rows[0]!;
  return new ContentPolicy({
    decision,
    professionalRole: row.role,
    grants: new Map((row.grants ?? []).map((g) => [g.category, { activityId: g.activityId, legalBasis: g.legalBasis }])),
    consents: row.consents ?? [],
    restrictions: row.restrictions ?? [],
    members: row.members ?? [],
    recipient: { userId: access.actor.userId, teamId, organisationId: row.organisation_id },
  });
}

/** Recording content: only in a category the user's role may see here (and so account for). */
export async function requireCategory(access: AccessSession, householdId: string, decision: Decision, category: DataCategory, subjects?: readonly string[]): Promise<{ policy: ContentPolicy; activityId: string }> {
  const policy = await contentPolicy(access, householdId, decision);
  const verdict = policy.check(category, subjects);
  if (!verdict.visible) {
    throw forbidden({
      nl: 'U legt hier geen gegevens van deze categorie vast: ze zijn niet voor uw rol, of de inwoner heeft er geen toestemming voor gegeven of ze afgeschermd.',
      en: 'You do not record data of this category here: it is not for your role, or the resident has not consented or has withheld it.',
    });
  }
  return { policy, activityId: verdict.activityId };
}
