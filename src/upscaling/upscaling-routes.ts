import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { checkUpscaling } from './upscaling-access.ts';

export const upscalingRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households/:id/upscaling', tag: 'households', auth: 'staff', params: idParams,
    summary: 'Whether the household\'s open cases passed the upscaling thresholds of the municipal configuration (months open, number of contacts), and which team to ask for advice; read-only',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => checkUpscaling(access, params.id)),
  }),
];
