import { configurationOn, today } from '../configuration/configuration-store.ts';
import type { Queryable } from '../db/database.ts';
import type { Channel, ReferrerType } from '../db/schema.ts';
import { HttpError } from '../server/errors.ts';

/** The channels a resident registers themselves through (domain brief §3). */
const selfRegistrationChannels: readonly Channel[] = ['walk_in', 'phone', 'web_form', 'email'];

/**
 * Refuses a resident registering themselves (a self-registration channel with the resident as
 * referrer) when the municipal configuration in force has self-registration off, with the
 * configured explanation. A referral that arrives by phone or e-mail is still a referral.
 */
export async function refuseSelfRegistrationWhenOff(db: Queryable, teamId: string, channel: Channel, referrer: ReferrerType): Promise<void> {
  if (referrer !== 'self' || !selfRegistrationChannels.includes(channel)) return;
  const team = await db.selectFrom('team').select('municipality_id').where('id', '=', teamId).executeTakeFirst();
  const current = team ? await configurationOn(db, team.municipality_id, await today(db)) : null;
  const rule = current?.configuration.access.selfRegistration;
  if (!rule || rule.allowed) return;
  const explanation = rule.explanation ?? '';
  throw new HttpError(422, 'self_registration_not_allowed', {
    nl: `Zelf aanmelden kan hier niet. ${explanation}`.trim(),
    en: `Residents cannot register themselves here. The municipality explains (in Dutch): ${explanation}`.trim(),
  }, [{ path: 'body.channel', message: { nl: explanation, en: explanation } }]);
}
