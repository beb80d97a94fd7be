import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { assignRegistration, createRegistration, triageBoard } from './registration-access.ts';
import { registrationBody } from './registration-schemas.ts';

export const registrationRoutes: AnyRoute[] = [
  route({
    method: 'POST', url: '/api/registrations', tag: 'registrations', auth: 'staff', status: 201,
    summary: 'Register a household’s question with one of your teams (aanmelding); urgent flags notify the team coordinator',
    body: registrationBody,
    handler: async ({ auth, body, services }) => withAccess(services, auth.actor, (access) => createRegistration(access, body)),
  }),
  route({
    method: 'GET', url: '/api/teams/:id/triage', tag: 'registrations', auth: 'staff', params: idParams,
    summary: 'Daily triage board (dagstart): the team’s unassigned registrations, urgent first, then oldest; with the team’s members to assign',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => triageBoard(access, params.id)),
  }),
  route({
    method: 'POST', url: '/api/registrations/:id/assignment', tag: 'registrations', auth: 'staff', params: idParams,
    summary: 'Assign a registration to a professional and the household’s coordinator (team coordinator); history is kept',
    body: z.strictObject({ professionalId: z.uuid(), coordinatorId: z.uuid(), note: z.string().trim().max(1000).optional() }),
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => assignRegistration(access, params.id, body)),
  }),
];
