import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { getTrajectory, listTrajectories } from './trajectory-access.ts';
import * as schemas from './trajectory-schemas.ts';
import { addFollowUp, changeStatus, completeFollowUp, recordExitInterview, recordOutcome } from './trajectory-status-access.ts';
import { startTrajectory, updateDetails } from './trajectory-write-access.ts';

export const trajectoryRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households/:id/trajectories', tag: 'trajectories', auth: 'staff', params: idParams,
    summary: 'The household’s trajectories (newest first), each member’s latest participation ladder step, who can be responsible, and the catalogue’s instruments',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => listTrajectories(access, params.id)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/trajectories', tag: 'trajectories', auth: 'staff', params: idParams, status: 201,
    summary: 'Start a trajectory for a member from the household’s plan; the ladder step at the start defaults from the latest score',
    body: schemas.startBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => startTrajectory(access, params.id, body)),
  }),
  route({
    method: 'GET', url: '/api/trajectories/:id', tag: 'trajectories', auth: 'staff', params: idParams,
    summary: 'One trajectory: status history, instruments, ladder at start / target / now, exit interview, outcome and follow-up contacts',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => getTrajectory(access, params.id)),
  }),
  route({
    method: 'PUT', url: '/api/trajectories/:id', tag: 'trajectories', auth: 'staff', params: idParams,
    summary: 'Change the goal, the responsible professional, the target step and the instruments; 409 when someone else saved first',
    body: schemas.detailsBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => updateDetails(access, params.id, body)),
  }),
  route({
    method: 'POST', url: '/api/trajectories/:id/status', tag: 'trajectories', auth: 'staff', params: idParams,
    summary: 'Pause (reason, expected resume date), resume, or close (reason; exit interview, outcome and follow-up contacts)',
    body: schemas.statusBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => changeStatus(access, params.id, body)),
  }),
  route({
    method: 'PUT', url: '/api/trajectories/:id/exit-interview', tag: 'trajectories', auth: 'staff', params: idParams,
    summary: 'Record or correct the exit interview of a closed trajectory',
    body: schemas.exitInterviewBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => recordExitInterview(access, params.id, body.revision, body.exitInterview)),
  }),
  route({
    method: 'PUT', url: '/api/trajectories/:id/outcome', tag: 'trajectories', auth: 'staff', params: idParams,
    summary: 'Record or correct the outcome: paid work, education, volunteer work or nothing yet',
    body: schemas.outcomeBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => recordOutcome(access, params.id, body.revision, body.outcome)),
  }),
  route({
    method: 'POST', url: '/api/trajectories/:id/follow-ups', tag: 'trajectories', auth: 'staff', params: idParams, status: 201,
    summary: 'Schedule one more follow-up contact after closing',
    body: schemas.addFollowUpBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => addFollowUp(access, params.id, body.revision, body.followUp)),
  }),
  route({
    method: 'POST', url: '/api/trajectories/:id/follow-ups/:followUpId/done', tag: 'trajectories', auth: 'staff', params: schemas.followUpParams,
    summary: 'Record that a follow-up contact took place',
    body: schemas.followUpDoneBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => completeFollowUp(access, params.id, params.followUpId, body.revision, body)),
  }),
];
