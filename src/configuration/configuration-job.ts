import type { PgBoss } from 'pg-boss';
import type { AppServices } from '../server/services.ts';
import { applyDueConfigurations } from './configuration-apply.ts';

/**
 * Versions dated ahead come into force on their date: every hour (and once at start, to catch
 * up after downtime) the version in force today is applied if it has not been yet.
 */
export async function scheduleConfigurationApply(boss: PgBoss, services: AppServices): Promise<void> {
  await boss.createQueue('configuration-apply');
  await boss.schedule('configuration-apply', '5 * * * *', null, { tz: 'Europe/Amsterdam' });
  await boss.work('configuration-apply', async () => {
    const applied = await applyDueConfigurations(services.database.db);
    if (applied > 0) services.log.info({ applied }, 'configuration versions applied');
  });
  await boss.send('configuration-apply', null);
}
