import { z } from 'zod';
import { isoDate } from '../organisation/schemas.ts';
import {
  access, assignment, baseModels, discretion, intake, mandate, norms, professionalProfiles, roleRules, targetGroup, team, text,
  thresholds, workGuidancePlaces,
} from './configuration-parts.ts';
import { crossCheckIssues } from './cross-checks.ts';
import { routingModel } from './routing-models.ts';

/**
 * A municipality's organisation model as data (domain brief §3): every part that differs per
 * municipality and changes over time. Stored per version with a validity date; applying a
 * version syncs the teams and the category rules.
 */
export const municipalConfiguration = z.strictObject({
  schemaVersion: z.literal(1).describe('Version of this format; a later format converts older versions when reading them'),
  summary: text(2000).optional().describe('The model in a few sentences, in Dutch'),
  baseModel: z.enum(baseModels).describe('W&I base model (source 002): breed = Work & Income tasks belong to the social team; partieel = part of them (usually income and debt help) in the team; apart = the team calls in W&I knowledge when needed'),
  workGuidance: z.enum(workGuidancePlaces).describe('Where guidance to work happens (source 001 §1.2): in the neighbourhood (Zaanstad), combined (Apeldoorn, Maastricht, RSD KRH) or central (Ede, at the Werkplein)'),
  professionalProfile: z.enum(professionalProfiles).describe('The professional type (source 001 §1.3): generalist (Zaanstad), specialist (Ede) or T-shaped (Maastricht, RSD KRH, Apeldoorn)'),
  access,
  teams: z.array(team).max(200).describe('The teams, hubs, escalation teams and loose networks. Applying a version creates missing teams, updates kind and areas, and ends teams that are no longer listed (never deletes them)'),
  assignment,
  targetGroups: z.array(targetGroup).max(50).default([]).describe('Target groups with their criteria (Ede: work limitation and work within 12 months; Apeldoorn: multiple problems and limited self-reliance; Maastricht: three client groups)'),
  roles: z.array(roleRules).max(20).optional().describe('Per professional role, the data categories it sees under which processing activity. Left out: applying leaves the category rules as they are'),
  mandates: z.array(mandate).max(100).default([]).describe('Who decides what'),
  discretionaryRoom: z.array(discretion).max(100).default([]).describe('Room to deviate that the policy states; each should be covered by a mandate'),
  thresholds,
  norms,
  intake,
  routing: routingModel.describe('The routing model after the intake, as data with its parameters'),
}).superRefine((config, ctx) => {
  for (const issue of crossCheckIssues(config)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}).describe('A municipal organisation model (*organisatiemodel*) as configuration');

export type MunicipalConfiguration = z.output<typeof municipalConfiguration>;

export const exportFormat = 'samenspel.municipal-configuration';

/** A version to save; an exported file has the same shape, so importing is saving it. */
export const configurationDocument = z.strictObject({
  format: z.literal(exportFormat).optional().describe('Present in exported files'),
  municipality: z.string().max(200).optional().describe('Name of the municipality it was exported from (information only)'),
  exportedAt: z.string().max(40).optional().describe('When it was exported (information only)'),
  validFrom: isoDate.describe('From this date the version is in force (today or later; only a municipality\'s first version may start earlier)'),
  note: text(2000).optional().describe('Why this version, in a sentence'),
  configuration: municipalConfiguration,
});

export const configurationCheckBody = z.strictObject({
  configuration: municipalConfiguration,
});
