import type { AuthContext } from '../auth/auth-context.ts';
import type { SystemRole } from '../db/schema.ts';
import { forbidden } from '../server/errors.ts';

export function requireSystemRole(auth: AuthContext, role: SystemRole): void {
  if (!auth.actor.systemRoles.includes(role)) {
    const names = { administrator: ['beheerder', 'administrator'], privacy_officer: ['privacyfunctionaris', 'privacy officer'], manager: ['manager', 'manager'] }[role];
    throw forbidden({ nl: `Alleen een ${names[0]} mag dit.`, en: `Only an ${names[1]} may do this.` });
  }
}
