import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { listNotifications } from './notification-access.ts';
import { notFound } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';

/** In-app notifications: a kind and a link, never personal data in the text. */
export const notificationRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/notifications', tag: 'notifications', auth: 'staff', summary: 'My notifications, newest first',
    query: z.strictObject({ unread: z.enum(['true', 'false']).optional() }),
    handler: async ({ auth, query, services }) =>
      withAccess(services, auth.actor, (access) => listNotifications(access, query.unread === 'true')),
  }),
  route({
    method: 'POST', url: '/api/notifications/:id/read', tag: 'notifications', auth: 'staff', status: 204, params: idParams,
    summary: 'Mark a notification as read',
    handler: async ({ auth, params, services }) => {
      const r = await services.database.db.updateTable('notification').set({ read_at: new Date() })
        .where('id', '=', params.id).where('user_id', '=', auth.actor.userId).where('read_at', 'is', null).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) {
        const mine = await services.database.db.selectFrom('notification').select('id').where('id', '=', params.id).where('user_id', '=', auth.actor.userId).executeTakeFirst();
        if (!mine) throw notFound();
      }
    },
  }),
  route({
    method: 'POST', url: '/api/notifications/read-all', tag: 'notifications', auth: 'staff',
    summary: 'Mark all my notifications as read',
    handler: async ({ auth, services }) => {
      const r = await services.database.db.updateTable('notification').set({ read_at: new Date() })
        .where('user_id', '=', auth.actor.userId).where('read_at', 'is', null).executeTakeFirst();
      return { marked: Number(r.numUpdatedRows) };
    },
  }),
  route({
    method: 'GET', url: '/api/data-categories', tag: 'privacy', auth: 'staff', summary: 'The data categories every note, report, score and plan item carries',
    handler: async ({ services }) => ({
      items: (await services.database.db.selectFrom('data_category').selectAll().orderBy('id').execute())
        .map((c) => ({ id: c.id, name: { nl: c.name_nl, en: c.name_en } })),
    }),
  }),
];
