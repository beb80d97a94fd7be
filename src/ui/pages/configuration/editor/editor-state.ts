import type { Configuration } from '../configuration-api.ts';

/** The parts edited with form fields; everything else is edited as JSON. */
export const formKeys = ['baseModel', 'workGuidance', 'professionalProfile', 'access', 'thresholds', 'norms', 'intake', 'mandates'] as const;

export type FormParts = Pick<Configuration, (typeof formKeys)[number]>;
export type SetForm = (update: (form: FormParts) => FormParts) => void;

export const baseModels = ['breed', 'partieel', 'apart'];
export const workGuidancePlaces = ['in_neighbourhood', 'combined', 'central'];
export const professionalProfiles = ['generalist', 'specialist', 't_shaped'];
export const accessRouteKinds = ['benefit_application', 'referral', 'outreach', 'self_registration'];
export const channels = ['walk_in', 'phone', 'web_form', 'email', 'benefit_application', 'referral', 'outreach', 'early_warning'];
export const mandateDecisions = ['wmo_provision', 'youth_provision', 'benefit', 'participation_instrument', 'debt_help', 'custom_budget'];
export const holderKinds = ['team', 'municipality', 'regional_service'];

export function split(configuration: Configuration): { form: FormParts; rest: string } {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(configuration)) {
    if (!(formKeys as readonly string[]).includes(key)) rest[key] = value;
  }
  const form = Object.fromEntries(formKeys.map((k) => [k, structuredClone(configuration[k])])) as FormParts;
  return { form, rest: JSON.stringify(rest, null, 2) };
}

/** The whole configuration again, or why the JSON part cannot be read. */
export function merge(form: FormParts, rest: string): { configuration: Record<string, unknown> } | { jsonError: string } {
  try {
    const parsed = JSON.parse(rest) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { jsonError: 'object' };
    return { configuration: { ...(parsed as Record<string, unknown>), ...form } };
  } catch (error) {
    return { jsonError: error instanceof Error ? error.message : String(error) };
  }
}

/** The team keys and names in the JSON part, for the fields that refer to a team. */
export function teamsIn(rest: string): Array<{ key: string; name: string }> {
  try {
    const teams = (JSON.parse(rest) as { teams?: unknown }).teams;
    if (!Array.isArray(teams)) return [];
    return teams.filter((x): x is { key: string; name: string } => typeof x?.key === 'string' && typeof x?.name === 'string');
  } catch {
    return [];
  }
}

/** A whole number as typed, null when empty; anything else goes to the server as typed, which says what is wrong. */
export const numberFrom = (text: string): number | null => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : (trimmed as unknown as number);
};

export const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** A starting point for a municipality's first version. */
export function starterConfiguration(): Configuration {
  return {
    schemaVersion: 1,
    baseModel: 'partieel',
    workGuidance: 'combined',
    professionalProfile: 't_shaped',
    access: {
      routes: [{ kind: 'referral', channels: ['referral'] }, { kind: 'self_registration', channels: ['walk_in', 'phone', 'web_form'] }],
      selfRegistration: { allowed: true },
      gates: { model: 'central', points: [{ team: 'plein', routes: ['referral', 'self_registration'] }] },
    },
    teams: [{ key: 'plein', name: 'Sociaal Plein', kind: 'central_hub' }],
    assignment: { by: ['triage'] },
    targetGroups: [],
    mandates: [{ decision: 'benefit', holder: { kind: 'municipality' }, discretionaryRoom: [] }],
    discretionaryRoom: [],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', duoIntake: false, instrument: 'zrm-13', participationLadder: true },
    routing: { kind: 'none' },
  };
}
