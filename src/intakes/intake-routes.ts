import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { finaliseIntake, getIntake, listIntakes, saveDraft, scoreHistory, startIntake } from './intake-access.ts';
import { intakeDraft } from './intake-schemas.ts';

const revision = z.number().int().min(1).describe('The revision the edit was made from');

export const intakeRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/instruments', tag: 'intakes', auth: 'staff',
    summary: 'Assessment instruments (ZRM 13 and 11 domains, participation ladder), newest version of each, with anchors per level',
    handler: async ({ services }) => {
      const rows = await services.database.db.selectFrom('assessment_instrument').select(['id', 'version', 'definition'])
        .orderBy('id').orderBy('version', 'desc').execute();
      const newest = rows.filter((r, i) => i === 0 || rows[i - 1]!.id !== r.id);
      return { items: newest.map((r) => r.definition) };
    },
  }),
  route({
    method: 'GET', url: '/api/households/:id/intakes', tag: 'intakes', auth: 'staff', params: idParams,
    summary: 'The household’s kitchen-table intakes (professional and coordinator)',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => listIntakes(access, params.id)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/intakes', tag: 'intakes', auth: 'staff', params: idParams, status: 201,
    summary: 'Start a kitchen-table intake with an instrument (newest version), prefilled from the household’s latest finalised intake',
    body: z.strictObject({ instrumentId: z.string().regex(/^[a-z0-9-]+$/).max(50).default('zrm-13') }),
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => startIntake(access, params.id, body.instrumentId)),
  }),
  route({
    method: 'GET', url: '/api/intakes/:id', tag: 'intakes', auth: 'staff', params: idParams,
    summary: 'An intake with its draft, instrument (anchors) and the household’s members',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => getIntake(access, params.id)),
  }),
  route({
    method: 'PUT', url: '/api/intakes/:id/draft', tag: 'intakes', auth: 'staff', params: idParams,
    summary: 'Autosave the draft; 409 with both versions when someone else saved since your revision',
    body: z.strictObject({ revision, draft: intakeDraft }),
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => saveDraft(access, params.id, body.revision, body.draft)),
  }),
  route({
    method: 'POST', url: '/api/intakes/:id/finalise', tag: 'intakes', auth: 'staff', params: idParams,
    summary: 'Complete the intake: scores per person per moment are kept; 422 lists what is missing',
    body: z.strictObject({ revision }),
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => finaliseIntake(access, params.id, body.revision)),
  }),
  route({
    method: 'GET', url: '/api/persons/:id/scores', tag: 'intakes', auth: 'staff', params: idParams,
    summary: 'A person’s ZRM and participation-ladder scores over time, for the movement chart',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => scoreHistory(access, params.id)),
  }),
];
