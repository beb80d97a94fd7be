import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { contentPolicy, type ContentPolicy } from '../access/content-policy.ts';
import { authoriseHouseholdContent, householdOfDecision, personRelation } from '../access/relations.ts';
import { keepHiddenParts, visibleDraft } from './intake-categories.ts';
import { decide, type Action, type ObjectRelation } from '../access/rules.ts';
import { currentMembership } from '../access/visibility-sql.ts';
import { conflict, forbidden, HttpError, invalid, notFound, type FieldIssue } from '../server/errors.ts';
import { displayName } from '../persons/person-names.ts';
import { instrumentVersion, type InstrumentDefinition } from './instruments.ts';
import { needsFollowUp, type IntakeDraft, type MemberDraft } from './intake-schemas.ts';

const ladderId = 'participatieladder';

export interface IntakeView {
  id: string;
  householdId: string;
  household: { id: string; name: string };
  status: 'draft' | 'final';
  revision: number;
  draft: IntakeDraft;
  instrument: InstrumentDefinition;
  ladder: InstrumentDefinition | null;
  members: Array<{ personId: string; displayName: string; birthDate: string | null; role: string; followUpNeeded: boolean }>;
  /** Parts held back from this user, per data category and reason. */
  withheld: ReturnType<ContentPolicy['withheld']>;
  /** While a draft started from an earlier talk: that talk's scores of the members, to show next to the new ones. */
  previous: { intakeId: string; conductedOn: string; members: Record<string, { scores: Record<string, number>; ladder?: number }> } | null;
  updatedAt: Date;
  finalisedAt: Date | null;
}

async function currentMembers(access: AccessSession, householdId: string) {
  const rows = await sql<{ person_id: string; given_names: string; family_name_prefix: string | null; family_name: string; birth_date: string | null; role: string }>`
    SELECT p.id AS person_id, p.given_names, p.family_name_prefix, p.family_name, p.birth_date, hm.role
    FROM household_member hm JOIN person p ON p.id = hm.person_id
    WHERE hm.household_id = ${householdId}::uuid AND ${currentMembership('hm')} ORDER BY hm.valid_from, p.search_name`.execute(access.tx);
  return rows.rows;
}

const authorise = (access: AccessSession, householdId: string, action: Action) =>
  authoriseHouseholdContent(access, householdId, 'intake', action, { nl: 'Alleen de regisseur en de toegewezen professional werken aan het keukentafelgesprek.', en: 'Only the coordinator and the assigned professional work on the kitchen-table intake.' });

function logMembers(access: AccessSession, name: string, intakeId: string, members: Array<{ person_id: string }>, decision: ReturnType<typeof decide>, attributes: Record<string, unknown> = {}) {
  for (const m of members) {
    access.log({
      name, processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
      dataSubject: { id: m.person_id, type: 'samenspel_person_id' }, resourceType: 'intake', resourceId: intakeId,
      actingTeamId: decision.teamId, actingRole: decision.role, attributes,
    });
  }
}

/** The parts of a finalised intake about the given persons (and nothing about anyone else). */
async function finalisedMembers(access: AccessSession, intakeId: string, personIds: string[]): Promise<Map<string, MemberDraft>> {
  if (personIds.length === 0) return new Map();
  const rows = await sql<{ person_id: string; member: MemberDraft }>`
    SELECT m.key AS person_id, m.value AS member FROM intake i, jsonb_each(i.draft->'members') m
    WHERE i.id = ${intakeId}::uuid AND i.status = 'final' AND m.key IN (${sql.join(personIds)})`.execute(access.tx);
  return new Map(rows.rows.map((r) => [r.person_id, r.member]));
}

/** What a new talk takes over from the previous one: scores (same instrument only), ladder, income, follow-up; no free texts. */
function carryForward(previous: MemberDraft, instrument: InstrumentDefinition, sameInstrument: boolean): MemberDraft {
  const domains = new Set(instrument.domains.map((d) => d.code));
  const { min, max } = instrument.scale;
  const scores = sameInstrument ? Object.fromEntries(Object.entries(previous.scores ?? {}).filter(([code, score]) => domains.has(code) && score >= min && score <= max)) : {};
  const { source, benefit, seeksWork, lowIncome } = previous.income ?? {};
  const { debts, chronicIllness, childrenNeeds } = previous.followUp ?? {};
  return {
    scores, ladder: previous.ladder,
    income: previous.income && { source, benefit, seeksWork, lowIncome },
    followUp: previous.followUp && { debts, chronicIllness, childrenNeeds },
  };
}

async function previousScores(access: AccessSession, from: NonNullable<IntakeDraft['carriedForwardFrom']>, instrumentId: string, personIds: string[]): Promise<IntakeView['previous']> {
  const previous = await access.tx.selectFrom('intake').select('instrument_id').where('id', '=', from.intakeId).executeTakeFirst();
  const members: NonNullable<IntakeView['previous']>['members'] = {};
  for (const [personId, m] of await finalisedMembers(access, from.intakeId, personIds)) {
    members[personId] = { scores: previous?.instrument_id === instrumentId ? m.scores ?? {} : {}, ladder: m.ladder };
  }
  return { ...from, members };
}

async function present(access: AccessSession, row: { id: string; household_id: string; status: 'draft' | 'final'; revision: number; draft: unknown; instrument_id: string; instrument_version: number; updated_at: Date; finalised_at: Date | null }, members: Awaited<ReturnType<typeof currentMembers>>, policy: ContentPolicy): Promise<IntakeView> {
  const household = await access.tx.selectFrom('household').select(['id', 'name']).where('id', '=', row.household_id).executeTakeFirstOrThrow();
  const instrument = (await instrumentVersion(access.tx, row.instrument_id, row.instrument_version))!;
  const ladder = await instrumentVersion(access.tx, ladderId);
  const draft = visibleDraft(row.draft as IntakeDraft, policy, instrument, ladder);
  const from = row.status === 'draft' ? draft.carriedForwardFrom : undefined;
  const previous = from ? await previousScores(access, from, row.instrument_id, members.map((m) => m.person_id)) : null;
  if (previous) {
    for (const [personId, m] of Object.entries(previous.members)) {
      previous.members[personId] = visibleDraft({ members: { [personId]: { scores: m.scores, ladder: m.ladder } } }, policy, instrument, ladder).members[personId] as typeof m;
    }
  }
  return {
    id: row.id, householdId: row.household_id, household, status: row.status, revision: row.revision, draft,
    instrument, ladder,
    members: members.map((m) => ({
      personId: m.person_id, displayName: displayName(m), birthDate: m.birth_date, role: m.role,
      followUpNeeded: needsFollowUp(draft.members?.[m.person_id] ?? { scores: {} }),
    })),
    previous,
    withheld: policy.withheld(),
    updatedAt: row.updated_at, finalisedAt: row.finalised_at,
  };
}

/**
 * Starts an intake for the household with an instrument (its newest version), prefilled from the household's
 * latest finalised intake for the members who took part in it and still belong to the household.
 */
export async function startIntake(access: AccessSession, householdId: string, instrumentId: string): Promise<IntakeView> {
  const decision = await authorise(access, householdId, 'create');
  const instrument = await instrumentVersion(access.tx, instrumentId);
  if (!instrument || instrument.kind !== 'zrm') {
    throw invalid({ nl: 'Onbekend instrument. Kies bijvoorbeeld zrm-13 of zrm-11.', en: 'Unknown instrument. Choose e.g. zrm-13 or zrm-11.' }, [{ path: 'body.instrumentId', message: { nl: 'Onbekend instrument', en: 'Unknown instrument' } }]);
  }
  const caseFile = await access.tx.selectFrom('case_file').select('id').where('household_id', '=', householdId)
    .where('team_id', '=', decision.teamId!).where('closed_at', 'is', null).executeTakeFirst();
  const members = await currentMembers(access, householdId);
  const latest = await access.tx.selectFrom('intake').select(['id', 'instrument_id', sql<string>`draft->>'conductedOn'`.as('conducted_on')])
    .where('household_id', '=', householdId).where('status', '=', 'final')
    .orderBy(sql`draft->>'conductedOn'`, 'desc').orderBy('finalised_at', 'desc').limit(1).executeTakeFirst();
  const carried = latest ? await finalisedMembers(access, latest.id, members.map((m) => m.person_id)) : new Map<string, MemberDraft>();
  const draft: IntakeDraft = { members: {} };
  for (const [personId, previous] of carried) draft.members[personId] = carryForward(previous, instrument, latest!.instrument_id === instrument.id);
  if (latest && carried.size > 0) draft.carriedForwardFrom = { intakeId: latest.id, conductedOn: latest.conducted_on };
  const row = await access.tx.insertInto('intake').values({
    id: randomUUID(), household_id: householdId, case_file_id: caseFile?.id ?? null, instrument_id: instrument.id,
    instrument_version: instrument.version, status: 'draft', draft: JSON.stringify(draft),
    started_by: access.actor.userId, updated_by: access.actor.userId,
  }).returningAll().executeTakeFirstOrThrow();
  for (const m of members) {
    logMembers(access, 'intake.create', row.id, [m], decision, carried.has(m.person_id) ? { carriedForwardFrom: latest!.id } : {});
  }
  return present(access, row, members, await contentPolicy(access, householdId, decision));
}

async function loadIntake(access: AccessSession, intakeId: string, action: Action) {
  const row = await access.tx.selectFrom('intake').selectAll().where('id', '=', intakeId).executeTakeFirst();
  if (!row) throw notFound();
  const decision = await authorise(access, row.household_id, action);
  return { row, decision };
}

export async function getIntake(access: AccessSession, intakeId: string): Promise<IntakeView> {
  const { row, decision } = await loadIntake(access, intakeId, 'get');
  const members = await currentMembers(access, row.household_id);
  const policy = await contentPolicy(access, row.household_id, decision);
  const view = await present(access, row, members, policy);
  policy.logRead(access, { name: 'intake.get', resourceType: 'intake', resourceId: row.id }, members.map((m) => m.person_id));
  return view;
}

/** Drafts may be incomplete, but every value in them must fit the instrument and the household. */
function checkDraft(draft: IntakeDraft, instrument: InstrumentDefinition, memberIds: Set<string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const domains = new Set(instrument.domains.map((d) => d.code));
  const { min, max } = instrument.scale;
  for (const [personId, member] of Object.entries(draft.members)) {
    const at = `body.draft.members.${personId}`;
    if (!memberIds.has(personId)) issues.push({ path: at, message: { nl: 'Geen huidig lid van dit huishouden', en: 'Not a current member of this household' } });
    for (const [code, score] of Object.entries(member.scores)) {
      if (!domains.has(code)) issues.push({ path: `${at}.scores.${code}`, message: { nl: `Onbekend domein voor ${instrument.id}`, en: `Unknown domain for ${instrument.id}` } });
      else if (score < min || score > max) issues.push({ path: `${at}.scores.${code}`, message: { nl: `Score moet tussen ${min} en ${max} liggen`, en: `Score must be between ${min} and ${max}` } });
    }
  }
  return issues;
}

/**
 * Autosave: the draft replaces the stored one only when it was made from the current
 * revision; otherwise 409 with the stored version, so nobody's work is silently overwritten.
 */
export async function saveDraft(access: AccessSession, intakeId: string, revision: number, draft: IntakeDraft) {
  const { row, decision } = await loadIntake(access, intakeId, 'update');
  if (row.status === 'final') throw conflict({ nl: 'Dit keukentafelgesprek is al afgerond en kan niet meer veranderen.', en: 'This intake is finalised and can no longer change.' });
  const members = await currentMembers(access, row.household_id);
  const instrument = (await instrumentVersion(access.tx, row.instrument_id, row.instrument_version))!;
  const issues = checkDraft(draft, instrument, new Set(members.map((m) => m.person_id)));
  if (issues.length > 0) throw invalid({ nl: `Ongeldige invoer bij ${issues[0]!.path}.`, en: `Invalid input at ${issues[0]!.path}.` }, issues);
  const policy = await contentPolicy(access, row.household_id, decision);
  const ladder = await instrumentVersion(access.tx, ladderId);
  const stored: IntakeDraft = { ...keepHiddenParts(draft, row.draft as IntakeDraft, policy, instrument, ladder), carriedForwardFrom: (row.draft as IntakeDraft).carriedForwardFrom };
  const updated = await access.tx.updateTable('intake')
    .set({ draft: JSON.stringify(stored), revision: revision + 1, updated_by: access.actor.userId, updated_at: new Date() })
    .where('id', '=', intakeId).where('revision', '=', revision).returning(['revision', 'updated_at']).executeTakeFirst();
  if (!updated) {
    const current = await access.tx.selectFrom('intake').select(['draft', 'revision', 'updated_at', 'updated_by']).where('id', '=', intakeId).executeTakeFirstOrThrow();
    const by = await access.tx.selectFrom('app_user').select('display_name').where('id', '=', current.updated_by).executeTakeFirst();
    throw new HttpError(409, 'revision_conflict', {
      nl: `${by?.display_name ?? 'Iemand anders'} heeft dit gesprek intussen ook bewerkt. Beide versies staan hieronder; kies wat blijft.`,
      en: `${by?.display_name ?? 'Someone else'} edited this intake meanwhile. Both versions are shown; choose what stays.`,
    }, undefined, { current: { revision: current.revision, draft: visibleDraft(current.draft as IntakeDraft, policy, instrument, ladder), updatedAt: current.updated_at, updatedBy: by?.display_name ?? null }, yours: { revision, draft } });
  }
  logMembers(access, 'intake.update', intakeId, members, decision, { revision: updated.revision });
  return { revision: updated.revision, updatedAt: updated.updated_at };
}

/** Completes the intake: every member in it fully scored, income recorded, low-income questions answered. */
export async function finaliseIntake(access: AccessSession, intakeId: string, revision: number): Promise<IntakeView> {
  const { row, decision } = await loadIntake(access, intakeId, 'update');
  if (row.status === 'final') throw conflict({ nl: 'Dit keukentafelgesprek is al afgerond.', en: 'This intake is already finalised.' });
  if (row.revision !== revision) {
    throw new HttpError(409, 'revision_conflict', { nl: 'Er is intussen een nieuwere versie opgeslagen. Laad het gesprek opnieuw.', en: 'A newer version was saved meanwhile. Reload the intake.' });
  }
  const draft = row.draft as IntakeDraft;
  const members = await currentMembers(access, row.household_id);
  const instrument = (await instrumentVersion(access.tx, row.instrument_id, row.instrument_version))!;
  const ladder = await instrumentVersion(access.tx, ladderId);
  const issues: FieldIssue[] = [...checkDraft(draft, instrument, new Set(members.map((m) => m.person_id)))];
  if (!draft.conductedOn) issues.push({ path: 'draft.conductedOn', message: { nl: 'Vul de datum van het gesprek in', en: 'Fill in the date of the talk' } });
  else if (draft.conductedOn > (await sql<{ today: string }>`SELECT current_date::text AS today`.execute(access.tx)).rows[0]!.today) {
    issues.push({ path: 'draft.conductedOn', message: { nl: 'De datum van het gesprek ligt in de toekomst', en: 'The date of the talk is in the future' } });
  }
  const entries = Object.entries(draft.members ?? {});
  if (entries.length === 0) issues.push({ path: 'draft.members', message: { nl: 'Neem minstens één gezinslid op', en: 'Include at least one household member' } });
  for (const [personId, m] of entries) {
    const missing = instrument.domains.filter((d) => m.scores[d.code] === undefined).map((d) => d.name.nl);
    if (missing.length > 0) issues.push({ path: `draft.members.${personId}.scores`, message: { nl: `Nog geen score voor: ${missing.join(', ')}`, en: `No score yet for ${missing.length} domain(s)` } });
    if (!m.income?.source) issues.push({ path: `draft.members.${personId}.income.source`, message: { nl: 'Vul de inkomensbron in', en: 'Fill in the source of income' } });
    if (needsFollowUp(m) && (!m.followUp?.debts || !m.followUp.chronicIllness || !m.followUp.childrenNeeds)) {
      issues.push({ path: `draft.members.${personId}.followUp`, message: { nl: 'Bij een laag inkomen: vraag naar schulden, chronische ziekte en kinderen', en: 'With a low income: ask about debts, chronic illness and children' } });
    }
  }
  if (issues.length > 0) {
    throw new HttpError(422, 'intake_incomplete', { nl: 'Het gesprek is nog niet compleet. Zie wat er ontbreekt.', en: 'The intake is not complete yet. See what is missing.' }, issues);
  }
  const categoryOf = new Map(instrument.domains.map((d) => [d.code, d.category]));
  const scores = entries.flatMap(([personId, m]) => [
    ...Object.entries(m.scores).map(([code, score]) => ({
      id: randomUUID(), intake_id: intakeId, person_id: personId, instrument_id: instrument.id, instrument_version: instrument.version,
      domain_code: code, score, category: categoryOf.get(code)!, assessed_on: draft.conductedOn!,
    })),
    ...(m.ladder && ladder ? [{
      id: randomUUID(), intake_id: intakeId, person_id: personId, instrument_id: ladder.id, instrument_version: ladder.version,
      domain_code: ladder.domains[0]!.code, score: m.ladder, category: ladder.domains[0]!.category, assessed_on: draft.conductedOn!,
    }] : []),
  ]);
  if (scores.length > 0) await access.tx.insertInto('assessment_score').values(scores).execute();
  await access.tx.insertInto('intake_member_income').values(entries.map(([personId, m]) => ({
    intake_id: intakeId, person_id: personId, income_source: m.income!.source!, benefit: m.income?.benefit ?? null,
    seeks_work: m.income?.seeksWork ?? null, low_income: needsFollowUp(m),
  }))).execute();
  const done = await access.tx.updateTable('intake').set({ status: 'final', finalised_at: new Date(), revision: revision + 1, updated_by: access.actor.userId, updated_at: new Date() })
    .where('id', '=', intakeId).returningAll().executeTakeFirstOrThrow();
  logMembers(access, 'intake.finalise', intakeId, members, decision, { scores: scores.length });
  return present(access, done, members, await contentPolicy(access, row.household_id, decision));
}

export interface ScoreHistory {
  personId: string;
  /** One entry per instrument version, each with its moments in time order. */
  instruments: Array<{ id: string; version: number; kind: 'zrm' | 'ladder'; scale: InstrumentDefinition['scale']; name: { nl: string; en: string }; domains: Array<{ code: string; name: { nl: string; en: string } }>; moments: Array<{ assessedOn: string; intakeId: string; scores: Record<string, number> }> }>;
  /** Scores held back from this user, per data category and reason. */
  withheld: ReturnType<ContentPolicy['withheld']>;
}

/** A person's scores over time, per instrument, for the movement chart. */
export async function scoreHistory(access: AccessSession, personId: string): Promise<ScoreHistory> {
  const relation: ObjectRelation & { exists: boolean } = await personRelation(access, personId);
  if (!relation.exists || !decide(access.grants, 'person', 'get', relation).allowed) throw notFound();
  const decision = decide(access.grants, 'score', 'list', relation);
  if (!decision.allowed) throw forbidden({ nl: 'Alleen de regisseur en de toegewezen professional zien de scores.', en: 'Only the coordinator and the assigned professional see the scores.' });
  const householdId = await householdOfDecision(access, personId, decision);
  if (!householdId) throw notFound();
  const policy = await contentPolicy(access, householdId, decision);
  const rows = policy.filter(await access.tx.selectFrom('assessment_score').select(['intake_id', 'instrument_id', 'instrument_version', 'domain_code', 'score', 'assessed_on', 'category'])
    .where('person_id', '=', personId).orderBy('assessed_on').orderBy('intake_id').execute(), (r) => r.category, () => [personId]);
  const byInstrument = new Map<string, ScoreHistory['instruments'][number]>();
  for (const r of rows) {
    const key = `${r.instrument_id}@${r.instrument_version}`;
    let entry = byInstrument.get(key);
    if (!entry) {
      const def = (await instrumentVersion(access.tx, r.instrument_id, r.instrument_version))!;
      entry = { id: def.id, version: def.version, kind: def.kind, scale: def.scale, name: def.name, domains: def.domains.map((d) => ({ code: d.code, name: d.name })), moments: [] };
      byInstrument.set(key, entry);
    }
    let moment = entry.moments.find((m) => m.intakeId === r.intake_id);
    if (!moment) entry.moments.push(moment = { assessedOn: r.assessed_on, intakeId: r.intake_id, scores: {} });
    moment.scores[r.domain_code] = r.score;
  }
  policy.logRead(access, { name: 'score.list', resourceType: 'person', resourceId: personId, attributes: { moments: [...byInstrument.values()].reduce((n, i) => n + i.moments.length, 0) } }, [personId]);
  return { personId, instruments: [...byInstrument.values()], withheld: policy.withheld() };
}

/** The household's intakes, newest first (without their contents). */
export async function listIntakes(access: AccessSession, householdId: string) {
  const decision = await authorise(access, householdId, 'get');
  const rows = await access.tx.selectFrom('intake as i').innerJoin('app_user as u', 'u.id', 'i.started_by')
    .select(['i.id', 'i.status', 'i.instrument_id', 'i.instrument_version', 'i.created_at', 'i.finalised_at', 'u.display_name', sql<string | null>`i.draft->>'conductedOn'`.as('conducted_on')])
    .where('i.household_id', '=', householdId).orderBy('i.created_at', 'desc').execute();
  logMembers(access, 'intake.list', householdId, await currentMembers(access, householdId), decision, { intakes: rows.length });
  return {
    items: rows.map((r) => ({ id: r.id, status: r.status, instrument: { id: r.instrument_id, version: r.instrument_version }, conductedOn: r.conducted_on, createdAt: r.created_at, finalisedAt: r.finalised_at, startedBy: r.display_name })),
  };
}
