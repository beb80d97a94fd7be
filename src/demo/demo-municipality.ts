import { randomUUID } from 'node:crypto';
import { hashPassword } from '../auth/passwords.ts';
import { newTotpSecret } from '../auth/totp.ts';
import { loadDemoCatalogue } from '../catalogue/demo-catalogue.ts';
import { loadDemoConfiguration } from '../configuration/demo-configuration.ts';
import { encryptField } from '../crypto/field-encryption.ts';
import type { SecretKeys } from '../crypto/keys.ts';
import type { Db } from '../db/database.ts';
import type { Channel, HouseholdRole, ProfessionalRole, ReferrerType, SystemRole, TeamKind, TeamRole, UrgentFlag } from '../db/schema.ts';
import { bsnLookupHash, completeBsn } from '../persons/bsn.ts';
import { searchName } from '../persons/person-names.ts';
import { appendToLog } from '../processing-log/writer.ts';
import { traceFromHeader } from '../processing-log/trace.ts';

/** One password for every demo account; printed at start. Never use demo data in production. */
export const demoPassword = 'Samenhoven-demo-2026';

export interface DemoSignIn { username: string; displayName: string; what: string; totpSecret: string | null }

const teams: Array<{ key: string; name: string; kind: TeamKind; postcodes: string[]; districts: string[] }> = [
  { key: 'noord', name: 'Wijkteam Noord', kind: 'neighbourhood', postcodes: ['7401', '7402', '7403'], districts: ['Noord', 'Havenkwartier'] },
  { key: 'zuid', name: 'Wijkteam Zuid', kind: 'neighbourhood', postcodes: ['7411', '7412', '7413'], districts: ['Zuid', 'De Vlasakkers'] },
  { key: 'plein', name: 'Sociaal Plein Samenhoven', kind: 'central_hub', postcodes: [], districts: [] },
  { key: 'nood', name: 'Zorg- en Noodteam', kind: 'escalation', postcodes: [], districts: [] },
  { key: 'werk', name: 'Team Werk & Participatie', kind: 'work_participation', postcodes: ['7401-7413'], districts: [] },
];

const staff: Array<{ username: string; name: string; discipline: string | null; profile: 'generalist' | 'specialist' | 't_shaped' | null; roles: SystemRole[]; teams: Array<[string, TeamRole, ProfessionalRole?]>; employer: string; enrolled: boolean; what: string }> = [
  { username: 'beheer', name: 'Bea Beheer', discipline: null, profile: null, roles: ['administrator'], teams: [], employer: 'gemeente', enrolled: true, what: 'beheerder: teams en medewerkers, geen inwonergegevens' },
  { username: 'privacy', name: 'Pim Privacy', discipline: 'functionaris gegevensbescherming', profile: null, roles: ['privacy_officer'], teams: [], employer: 'gemeente', enrolled: true, what: 'privacyfunctionaris: wie zag wie' },
  { username: 'anna', name: 'Anna de Wit', discipline: 'maatschappelijk werk', profile: 'generalist', roles: [], teams: [['noord', 'coordinator']], employer: 'welzijn', enrolled: true, what: 'coördinator Wijkteam Noord' },
  { username: 'bram', name: 'Bram Yilmaz', discipline: 'wijkverpleging', profile: 't_shaped', roles: [], teams: [['noord', 'member']], employer: 'zorg', enrolled: true, what: 'lid Wijkteam Noord' },
  { username: 'chantal', name: 'Chantal Bakker', discipline: 'Wmo-consulent', profile: 'generalist', roles: [], teams: [['zuid', 'member']], employer: 'gemeente', enrolled: true, what: 'lid Wijkteam Zuid' },
  { username: 'dirk', name: 'Dirk Mulder', discipline: 'klantmanager W&I', profile: 'specialist', roles: [], teams: [['werk', 'member', 'work_professional'], ['noord', 'member']], employer: 'gemeente', enrolled: true, what: 'klantmanager, Team Werk & Participatie en Wijkteam Noord' },
  { username: 'manager', name: 'Mirjam Manager', discipline: 'teamleider', profile: null, roles: ['manager'], teams: [], employer: 'gemeente', enrolled: true, what: 'manager: sturing, geen dossiers' },
  { username: 'nieuw', name: 'Noor Nieuw', discipline: 'jongerenwerk', profile: 'generalist', roles: [], teams: [['zuid', 'member']], employer: 'welzijn', enrolled: false, what: 'lid Wijkteam Zuid, nog geen tweede factor (laat de QR-code zien)' },
];

/** Who works on each team's cases in the demo: [professional, household coordinator]. */
const caseWorkers: Record<string, [string, string]> = { noord: ['bram', 'anna'], zuid: ['chantal', 'chantal'], werk: ['dirk', 'dirk'] };

/** Registrations still waiting at the daily triage ('dagstart'). */
const waiting: Record<string, { channel: Channel; referrer: ReferrerType; question: string; urgent: UrgentFlag[]; daysAgo: number }> = {
  Bos: { channel: 'phone', referrer: 'school', question: 'De school maakt zich zorgen: Milan komt vaak te laat en heeft geen ontbijt gehad.', urgent: [], daysAgo: 2 },
  Kaya: { channel: 'early_warning', referrer: 'other', question: 'Signaal van de woningcorporatie: drie maanden huurachterstand.', urgent: ['eviction'], daysAgo: 1 },
};

const families: Array<{ team: string; extraTeam?: string; closed?: boolean; family: [string | null, string]; street: string; postcode: string; members: Array<[HouseholdRole, string, string]> }> = [
  { team: 'noord', family: ['de', 'Vries'], street: 'Havenstraat', postcode: '7401 AB', members: [['resident', 'Jan', '1979-03-14'], ['partner', 'Fatima', '1982-11-02'], ['child', 'Noah', '2012-06-21'], ['child', 'Lina', '2016-01-09']] },
  { team: 'noord', extraTeam: 'werk', family: [null, 'Jansen'], street: 'Kadelaan', postcode: '7401 CD', members: [['resident', 'Petra', '1990-07-30'], ['child', 'Daan', '2019-04-12']] },
  { team: 'noord', family: ['van', 'Dijk'], street: 'Molenweg', postcode: '7402 EF', members: [['resident', 'Henk', '1951-02-18']] },
  { team: 'noord', family: [null, 'Öztürk'], street: 'Spoorsingel', postcode: '7402 GH', members: [['resident', 'Mehmet', '1975-09-05'], ['partner', 'Ayşe', '1978-12-24'], ['child', 'Elif', '2008-03-03']] },
  { team: 'noord', family: [null, 'Bos'], street: 'Lindelaan', postcode: '7403 JK', members: [['resident', 'Sandra', '1986-05-17'], ['child', 'Milan', '2014-10-10'], ['child', 'Sem', '2017-08-08']] },
  { team: 'noord', closed: true, family: [null, 'Visser'], street: 'Havenstraat', postcode: '7401 AB', members: [['resident', 'Kees', '1964-01-26']] },
  { team: 'zuid', family: [null, 'Smit'], street: 'Vlasakkerweg', postcode: '7411 LM', members: [['resident', 'Rob', '1983-04-01'], ['partner', 'Ingrid', '1984-06-15']] },
  { team: 'zuid', extraTeam: 'werk', family: ['el', 'Amrani'], street: 'Beukenhof', postcode: '7411 NP', members: [['resident', 'Youssef', '1995-12-12']] },
  { team: 'zuid', family: [null, 'Mulder'], street: 'Kerkpad', postcode: '7412 RS', members: [['resident', 'Wilma', '1947-10-31']] },
  { team: 'zuid', family: ['van der', 'Berg'], street: 'Zuiderplein', postcode: '7412 TV', members: [['resident', 'Sanne', '1992-02-29'], ['child', 'Tess', '2020-11-11']] },
  { team: 'zuid', family: [null, 'Kaya'], street: 'Esdoornstraat', postcode: '7413 WX', members: [['resident', 'Emre', '1988-08-19'], ['partner', 'Sevda', '1990-01-04'], ['child', 'Zeynep', '2013-05-27'], ['child', 'Can', '2015-07-07'], ['child', 'Mert', '2021-02-14']] },
  { team: 'plein', family: [null, 'Peters'], street: 'Stationsweg', postcode: '7403 YZ', members: [['resident', 'Gerrit', '1958-06-06']] },
  { team: 'nood', extraTeam: 'noord', family: [null, 'Hendriks'], street: 'Molenweg', postcode: '7402 EG', members: [['resident', 'Marco', '1973-03-23'], ['partner', 'Linda', '1976-09-30'], ['child', 'Jayden', '2010-12-01']] },
];

/** Loads the fictitious municipality Samenhoven: teams, staff, households (made-up names, valid test BSNs starting 999). */
export async function loadDemoMunicipality(db: Db, keys: SecretKeys): Promise<DemoSignIn[]> {
  const passwordHash = await hashPassword(demoPassword);
  const signIns: DemoSignIn[] = [];
  await db.transaction().execute(async (tx) => {
    const municipalityId = randomUUID();
    await tx.insertInto('municipality').values({ id: municipalityId, name: 'Samenhoven', cbs_code: 'GM9999' }).execute();
    const orgs = {
      gemeente: { id: randomUUID(), name: 'Gemeente Samenhoven', kind: 'municipality' as const },
      welzijn: { id: randomUUID(), name: 'Stichting Welzijn Samenhoven', kind: 'welfare' as const },
      zorg: { id: randomUUID(), name: 'Thuiszorg De Linde', kind: 'care' as const },
      hoofdaannemer: { id: randomUUID(), name: 'Wijkteams Samenhoven (hoofdaannemer)', kind: 'main_contractor' as const },
    };
    await tx.insertInto('organisation').values(Object.values(orgs).map((o) => ({ ...o, municipality_id: municipalityId }))).execute();
    const teamIds = Object.fromEntries(teams.map((t) => [t.key, randomUUID()]));
    await tx.insertInto('team').values(teams.map((t) => ({
      id: teamIds[t.key]!, municipality_id: municipalityId, name: t.name, kind: t.kind,
      area_postcodes: t.postcodes, area_districts: t.districts, valid_from: '2024-01-01',
    }))).execute();
    const userIds: Record<string, string> = {};
    for (const s of staff) {
      const id = randomUUID();
      const secret = s.enrolled ? newTotpSecret() : null;
      await tx.insertInto('app_user').values({
        id, username: s.username, display_name: s.name, discipline: s.discipline, profile: s.profile, system_roles: s.roles,
        employer_organisation_id: orgs[s.employer as keyof typeof orgs].id, password_hash: passwordHash,
        totp_secret_encrypted: secret ? encryptField(keys, secret) : null,
      }).execute();
      for (const [team, role, professionalRole = 'generalist'] of s.teams) {
        await tx.insertInto('team_membership').values({ id: randomUUID(), team_id: teamIds[team]!, user_id: id, role, professional_role: professionalRole, valid_from: '2024-01-01' }).execute();
      }
      userIds[s.username] = id;
      signIns.push({ username: s.username, displayName: s.name, what: s.what, totpSecret: secret });
    }
    await loadDemoConfiguration(tx, municipalityId, userIds.beheer!);
    await loadDemoCatalogue(tx, municipalityId, userIds.beheer!);
    let serial = 99990001;
    const nextBsn = () => {
      for (;;) {
        const bsn = completeBsn(String(serial++).padStart(8, '0'));
        if (bsn) return bsn;
      }
    };
    let houseNumber = 3;
    for (const f of families) {
      const householdId = randomUUID();
      const [prefix, familyName] = f.family;
      const members = f.members;
      await tx.insertInto('household').values({ id: householdId, municipality_id: municipalityId, name: `Huishouden ${prefix ? `${prefix} ` : ''}${familyName}` }).execute();
      houseNumber += 4;
      for (const [role, given, birth] of f.members) {
        const bsn = nextBsn();
        const personId = randomUUID();
        await tx.insertInto('person').values({
          id: personId, municipality_id: municipalityId, bsn_hash: bsnLookupHash(keys, bsn), bsn_encrypted: encryptField(keys, bsn),
          given_names: given, family_name_prefix: prefix, family_name: familyName, birth_date: birth,
          street: f.street, house_number: String(houseNumber), postcode: f.postcode, city: 'Samenhoven',
          search_name: searchName({ given_names: given, family_name: familyName }),
        }).execute();
        await tx.insertInto('household_member').values({ id: randomUUID(), household_id: householdId, person_id: personId, role, valid_from: role === 'child' ? birth : '2024-01-01' }).execute();
      }
      for (const team of [f.team, f.extraTeam].filter(Boolean) as string[]) {
        const wait = team === f.team ? waiting[familyName] : undefined;
        const workers = !wait && caseWorkers[team] ? caseWorkers[team] : null;
        const caseFileId = randomUUID();
        const openedAt = new Date(Date.now() - (wait ? wait.daysAgo : 40) * 86400_000);
        await tx.insertInto('case_file').values({
          id: caseFileId, household_id: householdId, team_id: teamIds[team]!, kind: workers ? 'case' : 'registration',
          opened_at: openedAt, closed_at: f.closed ? new Date(Date.now() - 5 * 86400_000) : null,
          channel: wait?.channel ?? 'walk_in', referrer_type: wait?.referrer ?? 'self',
          question: wait?.question ?? 'Ik wil graag hulp om mijn situatie op orde te krijgen.',
          urgent_flags: wait?.urgent ?? [],
          professional_id: workers ? userIds[workers[0]]! : null, coordinator_id: workers ? userIds[workers[1]]! : null,
          assigned_at: workers ? new Date(openedAt.getTime() + 86400_000) : null,
        }).execute();
        if (workers) {
          await tx.insertInto('case_assignment').values({
            id: randomUUID(), case_file_id: caseFileId, professional_id: userIds[workers[0]]!, coordinator_id: userIds[workers[1]]!,
            assigned_by: userIds[workers[1]]!, assigned_at: new Date(openedAt.getTime() + 86400_000),
          }).execute();
          await tx.insertInto('contact').values({
            id: randomUUID(), household_id: householdId, case_file_id: caseFileId, occurred_at: new Date(openedAt.getTime() + 3 * 86400_000),
            place: 'home', form: 'visit', participants: `${members[0]![1]} en ${staff.find((x) => x.username === workers[0])!.name}`,
            report: 'Kennismaking aan de keukentafel; afspraak gemaakt voor een vervolggesprek.', category: 'social', recorded_by: userIds[workers[0]]!,
          }).execute();
        }
      }
    }
    await appendToLog(tx, { userId: null, trace: traceFromHeader(undefined) }, [{
      name: 'demo.load', processingActivityId: 'administration', outcome: 'allowed',
      attributes: { households: families.length, staff: staff.length },
    }]);
  });
  return signIns;
}

export async function isEmptyInstallation(db: Db): Promise<boolean> {
  const row = await db.selectFrom('municipality').select('id').limit(1).executeTakeFirst();
  return !row;
}
