import type { SystemRole, TeamRole } from '../db/schema.ts';
import type { Message } from '../server/errors.ts';

export type Resource = 'person' | 'household' | 'registration' | 'dossier' | 'contact' | 'note' | 'intake' | 'score' | 'plan' | 'trajectory' | 'work_guidance';
export type Action = 'get' | 'list' | 'search' | 'update' | 'create' | 'audit' | 'assign';

/** The user's own part in an open case: its professional or the household's coordinator (regisseur). */
export type CaseRole = 'professional' | 'coordinator';

/**
 * How the object must relate to the user for the rule to grant access.
 * - open_case_in_own_team: one of the user's teams holds an open registration or case for
 *   the household (for a person: a household the person currently belongs to);
 * - assigned_to_open_case: the user is, in one of their current teams, the assigned
 *   professional or the coordinator of an open case of the household;
 * - emergency_access: the user opened the household with emergency access (conflict of
 *   duties) that has not expired — read only, reviewed by the privacy officer;
 * - any: no relation needed (only for system roles with their own purpose, such as audit).
 */
export type Relation = 'open_case_in_own_team' | 'assigned_to_open_case' | 'emergency_access' | 'any';

export interface AccessRule {
  id: string;
  resource: Resource;
  actions: Action[];
  /** Granted through a current team membership with one of these roles… */
  teamRoles?: TeamRole[];
  /** …or through one of these system roles… */
  systemRoles?: SystemRole[];
  /** …or through the user's part in an open case (relation assigned_to_open_case). */
  caseRoles?: CaseRole[];
  relation: Relation;
  /** The processing activity (register entry) under which the access is logged. */
  processingActivityId: string;
  explanation: Message;
}

/**
 * The access rules. Anything not granted here is denied. Administrators and managers
 * appear in no rule: they manage the organisation but see no resident data.
 */
export const accessRules: readonly AccessRule[] = [
  {
    id: 'person.team-with-open-case',
    resource: 'person',
    actions: ['get', 'list', 'search', 'update'],
    teamRoles: ['member', 'coordinator'],
    relation: 'open_case_in_own_team',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'Leden en coördinatoren van een team zien en wijzigen de gegevens van een persoon zolang hun team een open aanmelding of casus heeft voor een huishouden waar die persoon nu bij hoort.',
      en: 'Members and coordinators of a team see and change a person’s data while their team holds an open registration or case for a household the person currently belongs to.',
    },
  },
  {
    id: 'household.team-with-open-case',
    resource: 'household',
    actions: ['get', 'list', 'search', 'update'],
    teamRoles: ['member', 'coordinator'],
    relation: 'open_case_in_own_team',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'Leden en coördinatoren van een team zien en wijzigen een huishouden zolang hun team er een open aanmelding of casus voor heeft.',
      en: 'Members and coordinators of a team see and change a household while their team holds an open registration or case for it.',
    },
  },
  {
    id: 'household.register-for-own-team',
    resource: 'household',
    actions: ['create'],
    teamRoles: ['member', 'coordinator'],
    relation: 'open_case_in_own_team',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'Leden en coördinatoren van een team leggen een nieuw huishouden vast met een aanmelding bij hun eigen team.',
      en: 'Members and coordinators of a team register a new household with a registration at their own team.',
    },
  },
  {
    id: 'registration.team-triage',
    resource: 'registration',
    actions: ['list', 'get'],
    teamRoles: ['member', 'coordinator'],
    relation: 'open_case_in_own_team',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'Leden en coördinatoren van een team zien de open aanmeldingen van hun team (de vraag, de urgentie, het huishouden) om ze in de dagstart te verdelen.',
      en: 'Members and coordinators of a team see their team’s open registrations (the question, urgency, household) to share them out at the daily triage.',
    },
  },
  {
    id: 'registration.team-register',
    resource: 'registration',
    actions: ['create'],
    teamRoles: ['member', 'coordinator'],
    relation: 'open_case_in_own_team',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'Leden en coördinatoren van een team leggen aanmeldingen vast bij hun eigen team.',
      en: 'Members and coordinators of a team record registrations with their own team.',
    },
  },
  {
    id: 'registration.coordinator-assigns',
    resource: 'registration',
    actions: ['assign'],
    teamRoles: ['coordinator'],
    relation: 'open_case_in_own_team',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'Alleen de teamcoördinator wijst een aanmelding toe aan een professional en een regisseur.',
      en: 'Only the team coordinator assigns a registration to a professional and a household coordinator.',
    },
  },
  {
    id: 'dossier.assigned-professionals',
    resource: 'dossier',
    actions: ['get', 'update'],
    caseRoles: ['professional', 'coordinator'],
    relation: 'assigned_to_open_case',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'De inhoud van het dossier (vraag, contactgegevens, netwerk, tijdlijn) lezen en bijhouden de regisseur en de toegewezen professional van een open casus.',
      en: 'The dossier’s contents (question, contact details, network, timeline) are read and kept up by the coordinator and the assigned professional of an open case.',
    },
  },
  {
    id: 'contact.assigned-professionals',
    resource: 'contact',
    actions: ['list', 'create'],
    caseRoles: ['professional', 'coordinator'],
    relation: 'assigned_to_open_case',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'Contactverslagen lezen en vastleggen doen de regisseur en de toegewezen professional van een open casus.',
      en: 'Contact reports are read and recorded by the coordinator and the assigned professional of an open case.',
    },
  },
  {
    id: 'note.assigned-professionals',
    resource: 'note',
    actions: ['list', 'create'],
    caseRoles: ['professional', 'coordinator'],
    relation: 'assigned_to_open_case',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'Notities in het dossier lezen en schrijven de regisseur en de toegewezen professional van een open casus. Een notitie wordt nooit gewijzigd of verwijderd.',
      en: 'Notes in the dossier are read and written by the coordinator and the assigned professional of an open case. A note is never changed or removed.',
    },
  },
  {
    id: 'intake.assigned-professionals',
    resource: 'intake',
    actions: ['get', 'create', 'update'],
    caseRoles: ['professional', 'coordinator'],
    relation: 'assigned_to_open_case',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'Het keukentafelgesprek (intake) vullen en lezen de regisseur en de toegewezen professional van een open casus.',
      en: 'The kitchen-table intake is filled in and read by the coordinator and the assigned professional of an open case.',
    },
  },
  {
    id: 'score.assigned-professionals',
    resource: 'score',
    actions: ['list'],
    caseRoles: ['professional', 'coordinator'],
    relation: 'assigned_to_open_case',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'De scores op de leefdomeinen (ZRM, participatieladder) van een persoon ziet de regisseur of toegewezen professional van een open casus van een huishouden waar die persoon bij hoort.',
      en: 'A person’s life-domain scores (ZRM, participation ladder) are seen by the coordinator or assigned professional of an open case of a household the person belongs to.',
    },
  },
  {
    id: 'plan.assigned-professionals',
    resource: 'plan',
    actions: ['get', 'create', 'update'],
    caseRoles: ['professional', 'coordinator'],
    relation: 'assigned_to_open_case',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'Het plan van het huishouden maken, wijzigen en lezen de regisseur en de toegewezen professional van een open casus.',
      en: 'The household’s plan is drafted, changed and read by the coordinator and the assigned professional of an open case.',
    },
  },
  {
    id: 'person.emergency-access',
    resource: 'person',
    actions: ['get'],
    relation: 'emergency_access',
    processingActivityId: 'emergency-access',
    explanation: {
      nl: 'Wie noodtoegang heeft, ziet de gegevens van de leden van dat huishouden (alleen lezen) zolang die toegang loopt.',
      en: 'Whoever has emergency access sees the data of that household’s members (read only) while the access lasts.',
    },
  },
  {
    id: 'household.emergency-access',
    resource: 'household',
    actions: ['get'],
    relation: 'emergency_access',
    processingActivityId: 'emergency-access',
    explanation: {
      nl: 'Wie noodtoegang heeft gevraagd (conflict van plichten), ziet het huishouden en zijn leden zolang die toegang loopt.',
      en: 'Whoever asked for emergency access (conflict of duties) sees the household and its members while that access lasts.',
    },
  },
  {
    id: 'dossier.emergency-access',
    resource: 'dossier',
    actions: ['get'],
    relation: 'emergency_access',
    processingActivityId: 'emergency-access',
    explanation: {
      nl: 'Met noodtoegang leest een medewerker de inhoud van het dossier (alleen lezen), tot de toegang verloopt. De privacyfunctionaris beoordeelt elke noodtoegang achteraf.',
      en: 'With emergency access a staff member reads the dossier’s contents (read only) until the access expires. The privacy officer reviews every emergency access afterwards.',
    },
  },
  {
    id: 'contents.emergency-access',
    resource: 'contact',
    actions: ['list'],
    relation: 'emergency_access',
    processingActivityId: 'emergency-access',
    explanation: {
      nl: 'Met noodtoegang leest een medewerker ook de contactverslagen.',
      en: 'With emergency access a staff member also reads the contact reports.',
    },
  },
  ...(['note', 'score'] as const).map((resource): AccessRule => ({
    id: `${resource}.emergency-access`,
    resource,
    actions: ['list'],
    relation: 'emergency_access',
    processingActivityId: 'emergency-access',
    explanation: {
      nl: resource === 'note' ? 'Met noodtoegang leest een medewerker ook de notities.' : 'Met noodtoegang ziet een medewerker ook de scores op de leefgebieden.',
      en: resource === 'note' ? 'With emergency access a staff member also reads the notes.' : 'With emergency access a staff member also sees the life-domain scores.',
    },
  })),
  ...(['intake', 'plan'] as const).map((resource): AccessRule => ({
    id: `${resource}.emergency-access`,
    resource,
    actions: ['get'],
    relation: 'emergency_access',
    processingActivityId: 'emergency-access',
    explanation: {
      nl: resource === 'intake' ? 'Met noodtoegang leest een medewerker ook het keukentafelgesprek.' : 'Met noodtoegang leest een medewerker ook het plan.',
      en: resource === 'intake' ? 'With emergency access a staff member also reads the kitchen-table intake.' : 'With emergency access a staff member also reads the plan.',
    },
  })),
  {
    id: 'person.privacy-officer-audit',
    resource: 'person',
    actions: ['audit'],
    systemRoles: ['privacy_officer'],
    relation: 'any',
    processingActivityId: 'privacy-oversight',
    explanation: {
      nl: 'De privacyfunctionaris mag van iedere persoon opvragen wie diens gegevens heeft verwerkt, wanneer en waarom — niet de gegevens zelf.',
      en: 'The privacy officer may ask, for any person, who processed their data, when and why — not the data itself.',
    },
  },
  {
    id: 'trajectory.assigned-professionals',
    resource: 'trajectory',
    actions: ['get', 'list', 'create', 'update'],
    caseRoles: ['professional', 'coordinator'],
    relation: 'assigned_to_open_case',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'Trajecten naar werk of meedoen (status, instrumenten, eindgesprek, resultaat, nazorg) starten, bijhouden en lezen de regisseur en de toegewezen professional van een open casus, voor zover hun rol werk en participatie ziet.',
      en: 'Trajectories towards work or participation (status, instruments, exit interview, outcome, aftercare) are started, kept up and read by the coordinator and the assigned professional of an open case, as far as their role sees work and participation.',
    },
  },
  {
    id: 'trajectory.emergency-access',
    resource: 'trajectory',
    actions: ['get', 'list'],
    relation: 'emergency_access',
    processingActivityId: 'emergency-access',
    explanation: {
      nl: 'Met noodtoegang leest een medewerker ook de trajecten.',
      en: 'With emergency access a staff member also reads the trajectories.',
    },
  },
  {
    id: 'work_guidance.assigned-professionals',
    resource: 'work_guidance',
    actions: ['get', 'create', 'update'],
    caseRoles: ['professional', 'coordinator'],
    relation: 'assigned_to_open_case',
    processingActivityId: 'social-support',
    explanation: {
      nl: 'De beoordeling van de afstand tot werk en het routeringsvoorstel (bevestigen of afwijken met een reden) leggen de regisseur en de toegewezen professional van een open casus vast en lezen zij, voor zover hun rol werk en participatie ziet.',
      en: 'The assessment of the distance to work and the routing proposal (confirmed, or overridden with a reason) are recorded and read by the coordinator and the assigned professional of an open case, as far as their role sees work and participation.',
    },
  },
  {
    id: 'work_guidance.emergency-access',
    resource: 'work_guidance',
    actions: ['get'],
    relation: 'emergency_access',
    processingActivityId: 'emergency-access',
    explanation: {
      nl: 'Met noodtoegang leest een medewerker ook werk en route.',
      en: 'With emergency access a staff member also reads the work guidance and routing.',
    },
  },
];

/** What a user brings to a decision, independent of any object. */
export interface Grants {
  systemRoles: readonly SystemRole[];
  memberships: ReadonlyArray<{ teamId: string; role: TeamRole }>;
}

/** The object's side, as the SQL found it for this user. */
export interface ObjectRelation {
  /** Of the user's current teams, those holding an open case for the household. */
  teamIds: readonly string[];
  /** The user's own parts in those open cases, with the case's team. */
  assignments: ReadonlyArray<{ teamId: string; role: CaseRole }>;
  /** The user holds running emergency access to the household. */
  emergency?: boolean;
}

export const noRelation: ObjectRelation = { teamIds: [], assignments: [] };

export interface Decision {
  allowed: boolean;
  rule?: AccessRule;
  /** The team through which access is granted (logged as the acting team). */
  teamId?: string;
  role?: string;
}

export function rulesFor(resource: Resource, action: Action, rules: readonly AccessRule[] = accessRules) {
  return rules.filter((r) => r.resource === resource && r.actions.includes(action));
}

/** The teams through which the user could be granted this action, if the object relates to them. */
export function grantingTeams(grants: Grants, resource: Resource, action: Action, rules: readonly AccessRule[] = accessRules) {
  const teams = new Map<string, { teamId: string; role: TeamRole; rule: AccessRule }>();
  for (const rule of rulesFor(resource, action, rules)) {
    if (rule.relation !== 'open_case_in_own_team' || !rule.teamRoles) continue;
    for (const m of grants.memberships) {
      if (rule.teamRoles.includes(m.role) && !teams.has(m.teamId)) teams.set(m.teamId, { teamId: m.teamId, role: m.role, rule });
    }
  }
  return [...teams.values()];
}

/** A rule that grants regardless of the object (system role + relation 'any'). */
export function unconditionalGrant(grants: Grants, resource: Resource, action: Action, rules: readonly AccessRule[] = accessRules) {
  return rulesFor(resource, action, rules).find(
    (r) => r.relation === 'any' && r.systemRoles?.some((role) => grants.systemRoles.includes(role)),
  );
}

/** The one decision function: default deny. The SQL filters implement exactly this. */
export function decide(grants: Grants, resource: Resource, action: Action, object: ObjectRelation, rules: readonly AccessRule[] = accessRules): Decision {
  const always = unconditionalGrant(grants, resource, action, rules);
  if (always) return { allowed: true, rule: always, role: always.systemRoles?.find((r) => grants.systemRoles.includes(r)) };
  for (const rule of rulesFor(resource, action, rules)) {
    if (rule.relation !== 'assigned_to_open_case') continue;
    const part = object.assignments.find((a) => rule.caseRoles?.includes(a.role));
    if (part) return { allowed: true, rule, teamId: part.teamId, role: part.role };
  }
  const via = grantingTeams(grants, resource, action, rules).find((t) => object.teamIds.includes(t.teamId));
  if (via) return { allowed: true, rule: via.rule, teamId: via.teamId, role: via.role };
  if (object.emergency) {
    const rule = rulesFor(resource, action, rules).find((r) => r.relation === 'emergency_access');
    if (rule) return { allowed: true, rule, role: 'emergency_access' };
  }
  return { allowed: false };
}

/** Abilities sent with each object, so the UI never re-implements the rules. */
export function abilities<A extends Action>(grants: Grants, resource: Resource, actions: readonly A[], object: ObjectRelation) {
  return Object.fromEntries(actions.map((a) => [a, decide(grants, resource, a, object).allowed])) as Record<A, boolean>;
}
