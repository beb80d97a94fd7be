import { z } from 'zod';
import { professionalRole, teamKinds } from '../organisation/schemas.ts';
import { channels, dataCategories, referrerTypes } from '../registrations/registration-schemas.ts';
import { bilingual } from '../server/errors.ts';
import { isAscending, postcodeAreaPattern } from './postcode-areas.ts';

/** Text as typed (Dutch unless said otherwise); well-formed Unicode, so it can be stored as JSON. */
export const text = (max: number) => z.string().trim().min(1).max(max)
  .refine((s) => !/\p{Cs}/u.test(s), { message: bilingual('De tekst bevat een ongeldig teken', 'The text contains an invalid character') });

export const configKey = z.string(bilingual('Een sleutel als tekst', 'A key as text')).regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, bilingual(
  'Een sleutel van kleine letters, cijfers, - en _ (hoogstens 40 tekens), bijvoorbeeld "noord"',
  'A key of lower-case letters, digits, - and _ (at most 40 characters), e.g. "noord"',
));

export const baseModels = ['breed', 'partieel', 'apart'] as const;
export const workGuidancePlaces = ['in_neighbourhood', 'combined', 'central'] as const;
export const professionalProfiles = ['generalist', 'specialist', 't_shaped'] as const;
export const accessRouteKinds = ['benefit_application', 'referral', 'outreach', 'self_registration'] as const;
export const workplaces = ['in_area', 'central', 'both'] as const;
export const caseResponsibilities = ['takes_over', 'advises_only', 'none'] as const;
export const assignmentBases = ['postcode', 'district', 'target_group', 'triage'] as const;
export const mandateDecisions = ['wmo_provision', 'youth_provision', 'benefit', 'participation_instrument', 'debt_help', 'custom_budget'] as const;
export const integralIntakePolicies = ['everyone', 'when_needed'] as const;
export const intakeInstruments = ['zrm-13', 'zrm-11'] as const;

export const postcodeArea = z.string().trim()
  .regex(postcodeAreaPattern, bilingual('Gebruik 4 cijfers (7401) of een reeks (7401-7409)', 'Use 4 digits (7401) or a range (7401-7409)'))
  .refine(isAscending, {
    error: (issue) => bilingual(
      `Postcodegebied ${String(issue.input)}: de eerste postcode moet kleiner zijn dan de tweede`,
      `Postcode area ${String(issue.input)}: the first postcode must be lower than the second`,
    ),
  })
  .describe('A 4-digit postcode area ("7401") or a range of them ("7401-7409", both ends included)');

export const accessRoute = z.strictObject({
  kind: z.enum(accessRouteKinds).describe('How residents reach the teams (*toegang*): on a benefit application, by referral, by outreach (the professional invites people out of sight), or by registering themselves'),
  channels: z.array(z.enum(channels)).min(1).max(channels.length).describe('The channels this route comes in through (walk-in, phone, web form, e-mail, …)'),
  referrers: z.array(z.enum(referrerTypes)).max(referrerTypes.length).optional().describe('For referral: who may refer (GP, school, UWV, another team, …)'),
  description: text(500).optional().describe('How the route works here, in Dutch (e.g. "via het intaketeam op het Werkplein")'),
}).describe('One access route (*toegangsroute*)');

export const access = z.strictObject({
  routes: z.array(accessRoute).min(1).max(accessRouteKinds.length).describe('The access routes this municipality offers, each once'),
  selfRegistration: z.strictObject({
    allowed: z.boolean().describe('Whether residents may register themselves (walk-in, phone, web, e-mail). Apeldoorn\'s pilot works by referral only'),
    explanation: text(1000).optional().describe('Shown when self-registration is not allowed: why, and where a resident can go instead (Dutch)'),
  }).refine((s) => s.allowed || s.explanation !== undefined, {
    path: ['explanation'],
    message: bilingual(
      'Zelf aanmelden is uit: leg uit waarom en waar een inwoner dan terechtkan',
      'Self-registration is off: explain why and where a resident can go instead',
    ),
  }).describe('Self-registration (*zelf aanmelden*)'),
  gates: z.strictObject({
    model: z.enum(['central', 'several']).describe('One central gate, or several (*no wrong door*)'),
    points: z.array(z.strictObject({
      team: configKey.describe('Key of the team or hub that is the gate'),
      routes: z.array(z.enum(accessRouteKinds)).min(1).max(accessRouteKinds.length).describe('The access routes that come in at this gate'),
    })).min(1).max(50).describe('Which team or hub is a gate for which routes'),
  }).describe('The gates (*poorten*) where registrations come in'),
}).describe('Access (*toegang*): routes, channels, gates and self-registration');

export const norms = z.strictObject({
  caseloadPerProfessional: z.int().min(1).max(1000).nullable().describe('Maximum number of households per professional (full-time); null: no norm'),
  contactEveryDays: z.int().min(1).max(365).nullable().describe('Contact with each household at least every so many days (e.g. 14: "call every two weeks so nobody slips away"); null: no norm'),
}).describe('Caseload and contact-frequency norms');

export const team = z.strictObject({
  key: configKey.describe('Stable key of the team in the configuration; applying a version finds the team by this key (or else by name)'),
  name: text(200).describe('The team\'s name as people know it'),
  kind: z.enum(teamKinds).describe('neighbourhood (*sociaal wijkteam*), central_hub (*Sociaal Plein*), escalation (*zorg-/noodteam*), network (*buurt-/zorgnetwerk*, not an organisational unit), work_participation (*participatieteam*, *P-team*), youth_family (*CJG*), intake, other'),
  areas: z.strictObject({
    postcodes: z.array(postcodeArea).max(500).default([]).describe('Postcode areas and ranges the team covers'),
    districts: z.array(text(100)).max(200).default([]).describe('Districts (*wijken*) the team covers'),
  }).default({ postcodes: [], districts: [] }).describe('The area the team covers; empty for teams that serve everyone'),
  workplace: z.enum(workplaces).default('in_area').describe('Where the team receives residents: in its area, at a central location (e.g. the *Werkplein*), or both'),
  caseResponsibility: z.enum(caseResponsibilities).optional().describe('takes_over: the team carries cases; advises_only: advises another team without taking the case over (*noodteam*); none: a loose network. Default by kind: network none, escalation advises_only, others takes_over'),
  targetGroup: configKey.optional().describe('Key of the target group this team serves, if it serves one'),
  norms: norms.optional().describe('This team\'s own norms, instead of the municipality\'s'),
  description: text(1000).optional().describe('What the team does, in Dutch'),
}).describe('A team, hub, escalation team or loose network');

export const assignment = z.strictObject({
  by: z.array(z.enum(assignmentBases)).min(1).max(assignmentBases.length).describe('What decides which team gets a registration: the postcode, the district, the target group, or a triage (*dagstart*) by people'),
}).describe('How registrations are assigned to teams');

const criterion = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('everyone'), scope: z.enum(['benefit_applicants', 'residents']).describe('Everyone who applies for a benefit, or every resident') }).describe('Everyone in the scope (Zaanstad, RSD KRH: every benefit applicant)'),
  z.strictObject({ kind: z.literal('work_limitation') }).describe('Has a work limitation (*arbeidsbeperking*)'),
  z.strictObject({ kind: z.literal('expected_work_within'), months: z.int().min(1).max(60).describe('Within this many months') }).describe('Expected to reach work within a time (Ede: 12 months; Maastricht *makkelijk bemiddelbaar*: 3)'),
  z.strictObject({ kind: z.literal('multiple_problems'), minimumDomains: z.int().min(2).max(13).optional().describe('At least this many life domains with problems') }).describe('Multiple problems (*meervoudige problematiek*)'),
  z.strictObject({ kind: z.literal('limited_self_reliance'), maxZrmScore: z.int().min(1).max(4).optional().describe('Highest ZRM score that still counts as limited') }).describe('Limited self-reliance'),
  z.strictObject({ kind: z.literal('self_reliant') }).describe('Self-reliant (*zelfredzaam*)'),
  z.strictObject({ kind: z.literal('receives_benefit'), forAtLeastMonths: z.int().min(1).max(600).optional().describe('For at least this many months (outreach to long-term benefit clients)') }).describe('Receives a benefit'),
  z.strictObject({
    kind: z.literal('age'), from: z.int().min(0).max(120).optional().describe('From this age'), until: z.int().min(0).max(120).optional().describe('Up to (not including) this age'),
  }).refine((c) => c.from === undefined || c.until === undefined || c.from < c.until, {
    path: ['until'], message: bilingual('De leeftijd "tot" moet hoger zijn dan "vanaf"', 'The age "until" must be higher than "from"'),
  }).describe('An age band'),
  z.strictObject({ kind: z.literal('described'), text: text(500).describe('The criterion in words (Dutch)') }).describe('A criterion in words'),
], { error: bilingual(
  'Kies een soort criterium: everyone, work_limitation, expected_work_within, multiple_problems, limited_self_reliance, self_reliant, receives_benefit, age of described',
  'Choose a criterion kind: everyone, work_limitation, expected_work_within, multiple_problems, limited_self_reliance, self_reliant, receives_benefit, age or described',
) });

export const targetGroup = z.strictObject({
  key: configKey.describe('Key the teams and the routing model refer to'),
  name: text(200).describe('Name of the group (Dutch)'),
  description: text(1000).optional().describe('Who belongs to it, in words'),
  criteria: z.array(criterion).min(1).max(20).describe('All criteria must hold'),
}).describe('A target group (*doelgroep*) as data with criteria');

export const roleRules = z.strictObject({
  role: professionalRole,
  localName: text(200).optional().describe('What the role is called here (e.g. *consulent werk & inkomen*)'),
  categories: z.array(z.strictObject({
    category: z.enum(dataCategories).describe('A data category of the file'),
    processingActivityId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, bilingual('De code van een verwerking, bijvoorbeeld "work-income"', 'The code of a processing activity, e.g. "work-income"')).describe('The processing activity (register entry) under which the role sees the category; the register must list the category'),
  })).max(dataCategories.length).describe('The categories the role sees, each under one processing activity; the others it never sees'),
}).describe('One professional role and what it sees: the same shape as the category rules (applying a version writes them)');

const holder = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('team'), team: configKey.describe('Key of the team') }).describe('A team (or the Sociaal Plein) decides'),
  z.strictObject({ kind: z.literal('municipality'), body: text(200).optional().describe('Which part, e.g. "afdeling Inkomen, stadhuis"') }).describe('The municipality decides (the team prepares)'),
  z.strictObject({ kind: z.literal('regional_service'), name: text(200).describe('The regional service, e.g. "RSD Kromme Rijn Heuvelrug"') }).describe('A regional service decides'),
], { error: bilingual('Kies wie beslist: team, municipality of regional_service', 'Choose who decides: team, municipality or regional_service') });

export const mandate = z.strictObject({
  decision: z.enum(mandateDecisions).describe('What is decided: a Wmo provision (*maatwerkvoorziening*), youth care, a benefit (*uitkering*), a participation instrument, debt help, or spending from a flexible budget (*maatwerkbudget*)'),
  holder: holder.describe('Who holds the mandate. Benefits are always decided outside the team'),
  spendingLimitEuros: z.int().min(1).max(1_000_000).optional().describe('Up to this amount per household (e.g. a flexible budget for small costs)'),
  discretionaryRoom: z.array(configKey).max(50).default([]).describe('Keys of the discretionary room this mandate lets its holder use'),
  note: text(1000).optional().describe('Anything else about the mandate, in Dutch'),
}).describe('A mandate (*mandaat*): who decides what');

export const discretion = z.strictObject({
  key: configKey.describe('Key the mandates refer to'),
  description: text(500).describe('The room to deviate, e.g. an advance for under-27s in the search period (*broodnoodregeling*)'),
  policy: text(300).optional().describe('Where the policy states it (document, article)'),
}).describe('Discretionary room (*discretionaire ruimte*) stated in policy');

export const thresholds = z.strictObject({
  upscaleAfterMonths: z.int().min(1).max(60).nullable().describe('Consider upscaling to the second line after this many months (Heemskerk: 3); null: none'),
  upscaleAfterContacts: z.int().min(1).max(100).nullable().describe('Consider upscaling after this many contacts (5–8 in several municipalities); null: none'),
  upscaleTo: configKey.optional().describe('Key of the team to ask first (e.g. the *noodteam*)'),
}).describe('Thresholds that prompt upscaling (*opschalen*)');

export const intake = z.strictObject({
  integralIntake: z.enum(integralIntakePolicies).describe('everyone: an integral intake across all life domains for everyone; when_needed: only when the question calls for it'),
  duoIntake: z.boolean().default(false).describe('Held in pairs (Zaanstad: team professional and klantmanager)'),
  instrument: z.enum(intakeInstruments).describe('The Zelfredzaamheid-Matrix used: 13 domains (current) or 11 (older)'),
  participationLadder: z.boolean().default(true).describe('Whether the participatieladder is scored too'),
}).describe('The intake policy');
