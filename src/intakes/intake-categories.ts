import type { ContentPolicy } from '../access/content-policy.ts';
import type { DataCategory } from '../db/schema.ts';
import type { InstrumentDefinition } from './instruments.ts';
import type { IntakeDraft, MemberDraft } from './intake-schemas.ts';

/** The data category of each part of an intake: domains by the instrument, the rest fixed here. */
export const intakePartCategory = {
  texts: 'social',
  income: 'income_benefit',
  debts: 'debt',
  chronicIllness: 'health_diagnosis',
  childrenNeeds: 'social',
} as const satisfies Record<string, DataCategory>;

type Visible = (category: DataCategory, personId?: string) => boolean;

function visibleMember(member: MemberDraft, personId: string, domainCategory: Map<string, DataCategory>, ladderCategory: DataCategory | null, visible: Visible): MemberDraft {
  const keep = (code: string) => {
    const category = domainCategory.get(code);
    return category !== undefined && visible(category, personId);
  };
  const followUp = member.followUp && Object.fromEntries(Object.entries(member.followUp).filter(([key]) => visible(intakePartCategory[key as keyof typeof member.followUp & keyof typeof intakePartCategory], personId)));
  return {
    scores: Object.fromEntries(Object.entries(member.scores ?? {}).filter(([code]) => keep(code))),
    ...(member.ladder !== undefined && ladderCategory && visible(ladderCategory, personId) ? { ladder: member.ladder } : {}),
    ...(member.notes ? { notes: Object.fromEntries(Object.entries(member.notes).filter(([code]) => keep(code))) } : {}),
    ...(member.income && visible(intakePartCategory.income, personId) ? { income: member.income } : {}),
    ...(followUp && Object.keys(followUp).length > 0 ? { followUp } : {}),
  };
}

function categoriesOf(instrument: InstrumentDefinition, ladder: InstrumentDefinition | null) {
  return {
    domainCategory: new Map(instrument.domains.map((d) => [d.code, d.category as DataCategory])),
    ladderCategory: (ladder?.domains[0]?.category as DataCategory | undefined) ?? null,
  };
}

/** The draft as this user may see it: parts of categories the policy withholds are left out (and counted). */
export function visibleDraft(draft: IntakeDraft, policy: ContentPolicy, instrument: InstrumentDefinition, ladder: InstrumentDefinition | null): IntakeDraft {
  const { domainCategory, ladderCategory } = categoriesOf(instrument, ladder);
  const visible: Visible = (category, personId) => policy.admit(category, personId ? [personId] : undefined);
  const texts = visible(intakePartCategory.texts);
  return {
    ...draft,
    questionBehindQuestion: texts ? draft.questionBehindQuestion : undefined,
    ownStrength: texts ? draft.ownStrength : undefined,
    network: texts ? draft.network : undefined,
    members: Object.fromEntries(Object.entries(draft.members ?? {}).map(([personId, m]) => [personId, visibleMember(m, personId, domainCategory, ladderCategory, visible)])),
  };
}

/**
 * A save from someone who cannot see every part: the parts hidden from them stay as stored,
 * whatever the client sent for them, so nobody overwrites (or erases) what they cannot see.
 */
export function keepHiddenParts(incoming: IntakeDraft, stored: IntakeDraft, policy: ContentPolicy, instrument: InstrumentDefinition, ladder: InstrumentDefinition | null): IntakeDraft {
  const { domainCategory, ladderCategory } = categoriesOf(instrument, ladder);
  const visible: Visible = (category, personId) => policy.check(category, personId ? [personId] : undefined).visible;
  const texts = visible(intakePartCategory.texts);
  const members: Record<string, MemberDraft> = {};
  const ids = new Set([...Object.keys(incoming.members ?? {}), ...Object.keys(stored.members ?? {})]);
  for (const personId of ids) {
    const mine = incoming.members?.[personId];
    const theirs = stored.members?.[personId];
    if (!mine && !theirs) continue;
    const hiddenScores = Object.fromEntries(Object.entries(theirs?.scores ?? {}).filter(([code]) => !visible(domainCategory.get(code) ?? 'social', personId)));
    const shownScores = Object.fromEntries(Object.entries(mine?.scores ?? {}).filter(([code]) => visible(domainCategory.get(code) ?? 'social', personId)));
    const ladderShown = ladderCategory ? visible(ladderCategory, personId) : true;
    const incomeShown = visible(intakePartCategory.income, personId);
    const followUp = { ...mine?.followUp };
    for (const key of ['debts', 'chronicIllness', 'childrenNeeds'] as const) {
      if (!visible(intakePartCategory[key], personId)) {
        if (theirs?.followUp?.[key] !== undefined) followUp[key] = theirs.followUp[key];
        else delete followUp[key];
      }
    }
    if (!mine && Object.keys(hiddenScores).length === 0) continue;
    members[personId] = {
      scores: { ...shownScores, ...hiddenScores },
      ...((ladderShown ? mine?.ladder : theirs?.ladder) !== undefined ? { ladder: ladderShown ? mine?.ladder : theirs?.ladder } : {}),
      ...(mine?.notes || theirs?.notes ? { notes: { ...Object.fromEntries(Object.entries(theirs?.notes ?? {}).filter(([c]) => !visible(domainCategory.get(c) ?? 'social', personId))), ...Object.fromEntries(Object.entries(mine?.notes ?? {}).filter(([c]) => visible(domainCategory.get(c) ?? 'social', personId))) } } : {}),
      ...((incomeShown ? mine?.income : theirs?.income) ? { income: incomeShown ? mine?.income : theirs?.income } : {}),
      ...(Object.keys(followUp).length > 0 ? { followUp } : {}),
    };
  }
  return {
    ...incoming,
    questionBehindQuestion: texts ? incoming.questionBehindQuestion : stored.questionBehindQuestion,
    ownStrength: texts ? incoming.ownStrength : stored.ownStrength,
    network: texts ? incoming.network : stored.network,
    members,
  };
}
