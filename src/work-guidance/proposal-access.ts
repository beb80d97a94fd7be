/**
 * Reads what a routing proposal needs — the configuration in force on its date, the person's
 * facts as far as the user may see them (the catalogue finder's own reading), the postcode —
 * and runs the model. Nothing is stored here.
 */
import type { AccessSession } from '../access/access-session.ts';
import { zrmDomains } from '../catalogue/criteria.ts';
import { memberFacts } from '../catalogue/finder-access.ts';
import type { MunicipalConfiguration } from '../configuration/configuration-schema.ts';
import type { Message } from '../server/errors.ts';
import { targetGroupsOf } from './judge.ts';
import { proposeRoute } from './propose-route.ts';
import type { AssessmentFacts, Proposal } from './proposal-types.ts';
import { configurationFor, type WorkGuidanceContext } from './work-guidance-access.ts';

/** Which facts the routing model's criteria read (as the finder's `neededFacts` does for instruments). */
function neededFacts(configuration: MunicipalConfiguration | null) {
  const need = { ladder: false, income: false, debts: false, zrm: new Set<string>() };
  if (!configuration) return need;
  const routing = configuration.routing;
  const keys = routing.kind === 'maastricht_groups' ? routing.groups.map((g) => g.targetGroup) : routing.kind === 'ede_target_group' ? [routing.targetGroup] : [];
  const kinds = configuration.targetGroups.filter((g) => keys.includes(g.key)).flatMap((g) => g.criteria);
  for (const c of [...kinds, ...(routing.kind === 'haarlem_dwi' ? [{ kind: 'multiple_problems' as const }] : [])]) {
    if (c.kind === 'receives_benefit' || (c.kind === 'everyone' && c.scope !== 'residents')) need.income = true;
    if (c.kind === 'multiple_problems' || c.kind === 'limited_self_reliance' || c.kind === 'self_reliant') zrmDomains().forEach((_, code) => need.zrm.add(code));
  }
  return need;
}

/** Whole years between the birth date and the date. */
export function ageOn(birthDate: string | null, on: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The professional roles' names: reference data that only migrations write, so read once per process. */
let roleNamesRead: Map<string, Message> | undefined;

async function roleNames(access: AccessSession): Promise<Map<string, Message>> {
  if (!roleNamesRead) {
    const rows = await access.tx.selectFrom('professional_role').select(['id', 'name_nl', 'name_en']).execute();
    roleNamesRead = new Map(rows.map((r) => [r.id as string, { nl: r.name_nl, en: r.name_en }]));
  }
  return roleNamesRead;
}

export interface ComputedProposal { proposal: Proposal; configuration: { id: string; validFrom: string } | null }

export async function computeProposal(access: AccessSession, context: WorkGuidanceContext, assessment: AssessmentFacts, on: string): Promise<ComputedProposal> {
  const current = await configurationFor(access, context, on);
  const configuration = current?.configuration ?? null;
  const person = { id: context.person.id, age: ageOn(context.person.birthDate, on) };
  const facts = await memberFacts(access, context.policy, person, neededFacts(configuration), {}, configuration ? targetGroupsOf(configuration) : new Map());
  const roles = configuration?.routing.kind === 'maastricht_groups' ? await roleNames(access) : new Map<string, Message>();
  const proposal = proposeRoute({
    assessment, postcode: context.person.postcode, facts, configuration, roleName: (key) => roles.get(key) ?? { nl: key, en: key },
  });
  return { proposal, configuration: current ? { id: current.id, validFrom: current.validFrom } : null };
}
