/**
 * Builds the rows of a fictitious municipality in memory, deterministically from a seed:
 * organisations, teams, staff, persons in households at addresses, case files, and the
 * dossiers' contents (assignments, contacts, intakes with scores: see dossiers.ts).
 * Nothing here touches the database; bench/generate.ts inserts the rows.
 */
import { completeBsn } from '../../src/persons/bsn.ts';
import { searchName } from '../../src/persons/person-names.ts';
import type { Channel, DataCategory, HouseholdRole, OrganisationKind, Profile, ReferrerType, SystemRole, TeamKind, TeamRole, UrgentFlag } from '../../src/db/schema.ts';
import { buildDossiers, type DossierHousehold, type DossierRows, type TeamStaff } from './dossiers.ts';
import { Prng, WeightedPicker } from './prng.ts';
import {
  districtNames, dutchFamilyNames, dutchGivenNames, familyNameEndings, familyNameStems, origins, parseFamilyName,
  streetStems, streetSuffixes, type Generation, type Origin,
} from './names.ts';

export type Size = 'XS' | 'S' | 'M';

export interface SizeSpec {
  persons: number;
  neighbourhoodTeams: number;
  postcodeAreasPerTeam: number;
}

export const sizes: Record<Size, SizeSpec> = {
  XS: { persons: 1_000, neighbourhoodTeams: 3, postcodeAreasPerTeam: 2 },
  S: { persons: 10_000, neighbourhoodTeams: 6, postcodeAreasPerTeam: 3 },
  M: { persons: 100_000, neighbourhoodTeams: 20, postcodeAreasPerTeam: 3 },
};

/** All dates are relative to this day, so the data set does not change from day to day. */
export const referenceDate = new Date(Date.UTC(2026, 10, 1)); // 2026-11-01
const dayMs = 86_400_000;

export const municipalityName = 'Lindewaarde';

export interface MunicipalityRow { id: string; name: string; cbs_code: string }
export interface OrganisationRow { id: string; name: string; kind: OrganisationKind; municipality_id: string | null }
export interface TeamRow {
  id: string; municipality_id: string; name: string; kind: TeamKind;
  area_postcodes: string[]; area_districts: string[]; valid_from: string;
}
export interface UserRow {
  id: string; username: string; display_name: string; email: string;
  employer_organisation_id: string; discipline: string | null; profile: Profile | null;
  system_roles: SystemRole[];
  /** Whether the user gets a known TOTP secret (the generator encrypts it). */
  withTotp: boolean;
}
export interface MembershipRow { id: string; team_id: string; user_id: string; role: TeamRole; valid_from: string }
export interface PersonRow {
  id: string; municipality_id: string; bsn: string;
  given_names: string; family_name_prefix: string | null; family_name: string; birth_date: string;
  street: string; house_number: string; postcode: string; city: string; search_name: string;
}
export interface HouseholdRow { id: string; municipality_id: string; name: string }
export interface MemberRow { id: string; household_id: string; person_id: string; role: HouseholdRole; valid_from: string }
export interface CaseFileRow {
  id: string; household_id: string; team_id: string; kind: 'registration' | 'case';
  opened_at: Date; closed_at: Date | null;
  channel: Channel | null; referrer_type: ReferrerType | null; question: string | null; question_category: DataCategory;
  urgent_flags: UrgentFlag[]; registered_by: string | null;
  professional_id: string | null; coordinator_id: string | null; assigned_at: Date | null;
}

export interface Dataset extends DossierRows {
  municipality: MunicipalityRow;
  organisations: OrganisationRow[];
  teams: TeamRow[];
  users: UserRow[];
  memberships: MembershipRow[];
  persons: PersonRow[];
  households: HouseholdRow[];
  members: MemberRow[];
  caseFiles: CaseFileRow[];
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const daysBefore = (days: number) => new Date(referenceDate.getTime() - days * dayMs);

export function buildDataset(size: Size, seed = 20261101): Dataset {
  const spec = sizes[size];
  const prng = new Prng(seed);
  const id = () => prng.uuid();

  // Organisation core ---------------------------------------------------------------------
  const municipality: MunicipalityRow = { id: id(), name: municipalityName, cbs_code: 'GM9901' };
  const org = (name: string, kind: OrganisationKind): OrganisationRow =>
    ({ id: id(), name, kind, municipality_id: municipality.id });
  const orgs = {
    municipality: org(`Gemeente ${municipalityName}`, 'municipality'),
    welfare: org(`Stichting Welzijn ${municipalityName}`, 'welfare'),
    care: org('Zorggroep De Linde', 'care'),
    mentalHealth: org('GGZ Waarde en Weide', 'care'),
    contractor: org(`Coöperatie Sociaal ${municipalityName}`, 'main_contractor'),
  };
  const organisations = Object.values(orgs);

  const teams: TeamRow[] = [];
  const team = (name: string, kind: TeamKind, postcodes: string[] = [], districts: string[] = []): TeamRow => {
    const row: TeamRow = {
      id: id(), municipality_id: municipality.id, name, kind,
      area_postcodes: postcodes, area_districts: districts, valid_from: '2019-01-01',
    };
    teams.push(row);
    return row;
  };

  // Postcode areas: consecutive 4-digit codes, a few per neighbourhood team, of varying size.
  interface Area { pc4: string; team: TeamRow; streets: StreetCursor }
  const areas: Area[] = [];
  const streetNames = shuffledStreetNames(prng);
  const neighbourhoodTeams: TeamRow[] = [];
  let pc4 = 3901;
  for (let t = 0; t < spec.neighbourhoodTeams; t++) {
    const codes = Array.from({ length: spec.postcodeAreasPerTeam }, () => String(pc4++));
    const district = districtNames[t % districtNames.length] + (t >= districtNames.length ? ` ${Math.floor(t / districtNames.length) + 1}` : '');
    const row = team(`Wijkteam ${district}`, 'neighbourhood', codes, [district]);
    neighbourhoodTeams.push(row);
    for (const code of codes) areas.push({ pc4: code, team: row, streets: new StreetCursor(prng, code, streetNames) });
  }
  team(`Sociaal Plein ${municipalityName}`, 'central_hub');
  const escalation = team('Zorg- en Veiligheidsteam', 'escalation');
  const work = team('Team Werk en Participatie', 'work_participation');
  const areaPicker = new WeightedPicker(areas, areas.map(() => 0.5 + prng.next()));

  // Staff ---------------------------------------------------------------------------------
  const users: UserRow[] = [];
  const memberships: MembershipRow[] = [];
  const membershipsOf = new Map<string, Set<string>>();
  const addMembership = (user: UserRow, t: TeamRow, role: TeamRole) => {
    const set = membershipsOf.get(user.id) ?? new Set<string>();
    if (set.has(t.id)) return;
    set.add(t.id);
    membershipsOf.set(user.id, set);
    memberships.push({ id: id(), team_id: t.id, user_id: user.id, role, valid_from: isoDate(daysBefore(prng.int(30, 2200))) });
  };
  const staffNames = new NameMaker(prng);
  const newUser = (discipline: string | null, employer: OrganisationRow, profile: Profile | null, withTotp: boolean, systemRoles: SystemRole[] = []): UserRow => {
    const n = users.length + 1;
    const person = staffNames.adult(prng.int(24, 63), staffNames.background());
    const display = `${person.givenName} ${person.prefix ? `${person.prefix} ` : ''}${person.familyName}`;
    const mail = `${person.givenName}.${person.prefix ? person.prefix.replaceAll(/[\s']/g, '') : ''}${person.familyName}`
      .normalize('NFD').replaceAll(/[^\p{L}.]/gu, '').replaceAll(/\p{M}/gu, '').toLowerCase();
    const domain = employer.name.toLowerCase().normalize('NFD').replaceAll(/\p{M}/gu, '').replaceAll(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
    const row: UserRow = {
      id: id(), username: `bench.user${String(n).padStart(3, '0')}`, display_name: display,
      email: `${mail}${n}@${domain}.example`, employer_organisation_id: employer.id,
      discipline, profile, system_roles: systemRoles, withTotp,
    };
    users.push(row);
    return row;
  };

  type Role = readonly [discipline: string, employer: OrganisationRow, weight: number];
  const neighbourhoodRoles: Role[] = [
    ['maatschappelijk werker', orgs.contractor, 5], ['wijkverpleegkundige', orgs.care, 2],
    ['Wmo-consulent', orgs.municipality, 2], ['klantmanager W&I', orgs.municipality, 1],
    ['schuldhulpverlener', orgs.welfare, 1], ['jeugd- en gezinswerker', orgs.contractor, 2],
    ['GGZ-consulent', orgs.mentalHealth, 1], ['opbouwwerker', orgs.welfare, 1], ['MEE-consulent', orgs.contractor, 1],
  ];
  const roleSets = new Map<TeamKind, Role[]>([
    ['neighbourhood', neighbourhoodRoles],
    ['central_hub', [['medewerker Sociaal Plein', orgs.municipality, 3], ['Wmo-consulent', orgs.municipality, 2], ['consulent vraagverheldering', orgs.welfare, 2]]],
    ['escalation', [['GGZ-specialist', orgs.mentalHealth, 2], ['regisseur zorg en veiligheid', orgs.municipality, 2], ['verslavingszorgconsulent', orgs.care, 1], ['jeugdbeschermer', orgs.contractor, 1]]],
    ['work_participation', [['klantmanager W&I', orgs.municipality, 4], ['participatiecoach', orgs.municipality, 2], ['inkomensconsulent', orgs.municipality, 2], ['accountmanager werkgeversdienstverlening', orgs.municipality, 1], ['handhavingsconsulent', orgs.municipality, 1]]],
  ]);
  const profilePicker = new WeightedPicker<Profile>(['generalist', 't_shaped', 'specialist'], [50, 35, 15]);

  const staffOf = new Map<string, UserRow[]>();
  for (const t of teams) {
    const roles = roleSets.get(t.kind) ?? neighbourhoodRoles;
    const rolePicker = new WeightedPicker(roles, roles.map((r) => r[2]));
    const count = prng.int(8, 15);
    const staff: UserRow[] = [];
    for (let i = 0; i < count; i++) {
      const [discipline, employer] = i === 0 ? roles[0] : rolePicker.pick(prng);
      const profile = t.kind === 'neighbourhood' ? profilePicker.pick(prng) : 'specialist';
      const user = newUser(discipline, employer, profile, t.kind === 'neighbourhood');
      addMembership(user, t, i === 0 ? 'coordinator' : 'member');
      staff.push(user);
    }
    staffOf.set(t.id, staff);
  }
  // Second memberships: escalation specialists also sit in a neighbourhood team; about half of
  // the work professionals join one (the W&I member of a wijkteam); a few generalists help out
  // in a neighbouring team.
  for (const user of staffOf.get(escalation.id) ?? []) addMembership(user, prng.pick(neighbourhoodTeams), 'member');
  for (const user of staffOf.get(work.id) ?? []) if (prng.chance(0.5)) addMembership(user, prng.pick(neighbourhoodTeams), 'member');
  for (const t of neighbourhoodTeams) {
    for (const user of (staffOf.get(t.id) ?? []).slice(1)) {
      if (prng.chance(0.05)) addMembership(user, prng.pick(neighbourhoodTeams), 'member');
    }
  }
  // A few users with system roles and no team.
  newUser('functioneel beheerder', orgs.municipality, null, true, ['administrator']);
  newUser('functionaris gegevensbescherming', orgs.municipality, null, true, ['privacy_officer']);
  newUser('manager sociaal domein', orgs.municipality, null, true, ['manager']);

  // Residents -----------------------------------------------------------------------------
  const persons: PersonRow[] = [];
  const households: HouseholdRow[] = [];
  const members: MemberRow[] = [];
  const caseFiles: CaseFileRow[] = [];
  const dossierHouseholds: DossierHousehold[] = [];
  const names = new NameMaker(prng);
  const bsns = new BsnSequence();
  const sizePicker = new WeightedPicker([1, 2, 3, 4, 5, 6], [38, 33, 12, 12, 4, 1]);

  const addPerson = (p: NamedPerson, age: number, address: Address): PersonRow => {
    const birth = daysBefore(Math.floor(age * 365.25) + prng.int(0, 364));
    const givenNames = p.givenNames.join(' ');
    const row: PersonRow = {
      id: id(), municipality_id: municipality.id, bsn: bsns.next(),
      given_names: givenNames, family_name_prefix: p.prefix, family_name: p.familyName,
      birth_date: isoDate(birth), street: address.street, house_number: address.houseNumber,
      postcode: address.postcode, city: municipalityName, search_name: searchName({ family_name: p.familyName, given_names: givenNames }),
    };
    persons.push(row);
    return row;
  };

  while (persons.length < spec.persons) {
    const area = areaPicker.pick(prng);
    const address = area.streets.next();
    const size = Math.min(sizePicker.pick(prng), spec.persons - persons.length);
    const background = names.background();
    // In one couple in ten the partner has the other background.
    const partnerBackground = () => (prng.chance(0.1) ? (background ? null : names.origin()) : background);
    const household: HouseholdRow = { id: id(), municipality_id: municipality.id, name: '' };
    const people: { row: PersonRow; role: HouseholdRole; age: number }[] = [];

    if (size === 1) {
      const age = pickAdultAge(prng, [25, 33, 42]);
      people.push({ row: addPerson(names.adult(age, background), age, address), role: 'resident', age });
    } else if (size === 2 && prng.chance(0.8)) {
      const age = pickAdultAge(prng, [10, 42, 48]);
      const head = names.adult(age, background, 'male', 0.95);
      const partnerAge = Math.round(prng.around(age, 3, 18, 99));
      const partner = names.adult(partnerAge, partnerBackground(), prng.chance(0.95) ? 'female' : 'male');
      people.push({ row: addPerson(head, age, address), role: 'resident', age });
      people.push({ row: addPerson(partner, partnerAge, address), role: 'partner', age: partnerAge });
    } else {
      // Parents with children; a single parent (mostly a mother) in one household of six.
      const single = size === 2 || prng.chance(0.15);
      const parentAge = Math.round(prng.around(43, 8, 22, 64));
      const head = names.adult(parentAge, background, single ? (prng.chance(0.8) ? 'female' : 'male') : 'male', 0.95);
      people.push({ row: addPerson(head, parentAge, address), role: 'resident', age: parentAge });
      let familyName = { prefix: head.prefix, familyName: head.familyName };
      if (!single) {
        const partnerAge = Math.round(prng.around(parentAge - 1, 3, 20, 65));
        const partner = names.adult(partnerAge, partnerBackground(), 'female');
        people.push({ row: addPerson(partner, partnerAge, address), role: 'partner', age: partnerAge });
        if (prng.chance(0.1)) familyName = { prefix: partner.prefix, familyName: partner.familyName };
      }
      const children = size - people.length;
      // The oldest child was born when the parent was about thirty; children leave home by 25.
      let childAge = Math.max(children - 1, Math.min(24, parentAge - Math.round(prng.around(29, 4, 19, 42))));
      for (let c = 0; c < children; c++) {
        const child = names.child(childAge, background, familyName);
        people.push({ row: addPerson(child, childAge, address), role: 'child', age: childAge });
        const younger = children - c - 1;
        if (younger > 0) childAge = Math.max(younger - 1, childAge - prng.int(1, 4));
      }
    }

    const head = people[0].row;
    household.name = `Huishouden ${head.family_name_prefix ? `${capitalise(head.family_name_prefix)} ` : ''}${head.family_name}`;
    households.push(household);
    const headAge = people[0].age;
    const movedIn = daysBefore(prng.int(0, Math.max(1, Math.min(40, headAge - 18)) * 365));
    const dossier: DossierHousehold = { householdId: household.id, people: [], caseFiles: [] };
    dossierHouseholds.push(dossier);
    for (const p of people) {
      const born = new Date(`${p.row.birth_date}T00:00:00Z`);
      const from = p.role === 'child' && born > movedIn ? born
        : p.role === 'partner' && prng.chance(0.3) ? new Date(Math.min(referenceDate.getTime(), movedIn.getTime() + prng.int(30, 1500) * dayMs))
        : movedIn;
      members.push({ id: id(), household_id: household.id, person_id: p.row.id, role: p.role, valid_from: isoDate(from) });
      dossier.people.push({ personId: p.row.id, role: p.role, birthDate: p.row.birth_date, validFrom: isoDate(from) });
    }

    // The neighbourhood team holds a case file for every household; a fifth are closed.
    const registration = prng.chance(0.15);
    const opened = daysBefore(registration ? prng.int(0, 120) : Math.floor(prng.next() ** 2 * 6 * 365));
    const closed = prng.chance(0.2)
      ? new Date(Math.min(referenceDate.getTime() - dayMs, opened.getTime() + prng.int(14, 900) * dayMs))
      : null;
    // (The registration and assignment columns are filled in by buildDossiers, from its own PRNG.)
    const neighbourhoodCase: CaseFileRow = {
      ...unassigned(), id: id(), household_id: household.id, team_id: area.team.id, kind: registration ? 'registration' : 'case',
      opened_at: withTime(prng, opened), closed_at: closed && closed > opened ? withTime(prng, closed) : null,
    };
    caseFiles.push(neighbourhoodCase);
    dossier.caseFiles.push(neighbourhoodCase);
    if (prng.chance(0.05)) {
      const workCase: CaseFileRow = {
        ...unassigned(), id: id(), household_id: household.id, team_id: work.id, kind: 'case',
        opened_at: withTime(prng, daysBefore(prng.int(0, 3 * 365))), closed_at: null,
      };
      caseFiles.push(workCase);
      dossier.caseFiles.push(workCase);
    }
  }

  // Dossiers: assignments, contacts and intakes, from a PRNG of their own so that everything
  // above stays the same for a seed.
  const staffByTeam = new Map<string, TeamStaff[]>();
  for (const m of memberships) {
    const staff = staffByTeam.get(m.team_id) ?? [];
    staff.push({ userId: m.user_id, role: m.role, validFrom: m.valid_from, primary: (staffOf.get(m.team_id) ?? []).some((u) => u.id === m.user_id) });
    staffByTeam.set(m.team_id, staff);
  }
  const dossiers = buildDossiers((seed ^ 0x5a3e05) >>> 0, dossierHouseholds, staffByTeam, referenceDate);

  return { municipality, organisations, teams, users, memberships, persons, households, members, caseFiles, ...dossiers };
}

function unassigned() {
  return {
    channel: null, referrer_type: null, question: null, question_category: 'social' as const, urgent_flags: [],
    registered_by: null, professional_id: null, coordinator_id: null, assigned_at: null,
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A time of day within office hours, in UTC. */
function withTime(prng: Prng, day: Date): Date {
  return new Date(day.getTime() + prng.int(7 * 60, 17 * 60) * 60_000);
}

/** Adult ages in three bands (18–34, 35–64, 65–95) with the given weights. */
function pickAdultAge(prng: Prng, weights: [number, number, number]): number {
  const band = new WeightedPicker([0, 1, 2], weights).pick(prng);
  if (band === 0) return prng.int(18, 34);
  if (band === 1) return Math.round(35 + (prng.next() ** 0.8) * 30);
  return Math.round(65 + 30 * (1 - Math.sqrt(prng.next()))); // falling off with age: about 3% over 90
}

interface NamedPerson { givenNames: string[]; givenName: string; prefix: string | null; familyName: string }
interface FamilyName { prefix: string | null; name: string }
/** null: a Dutch name; otherwise names from that origin. */
type Background = Origin | null;

/** Makes plausible names for a given age and background. */
class NameMaker {
  readonly #prng: Prng;
  readonly #common = WeightedPicker.byRank(dutchFamilyNames.map(parseFamilyName), 0.5);
  readonly #rare: WeightedPicker<FamilyName>;
  readonly #origins = new WeightedPicker(origins, origins.map((o) => o.weight));
  readonly #originFamily = new Map(origins.map((o) => [o, WeightedPicker.byRank(o.family, 0.1)]));

  constructor(prng: Prng) {
    this.#prng = prng;
    const prefixes = ['van', 'van de', 'van der', 'van den', 'de', 'ter', 'ten', 'te'];
    const rare: FamilyName[] = [];
    for (const stem of familyNameStems) {
      for (const ending of familyNameEndings) {
        const name = stem + (stem.endsWith(ending[0]) && ending.length > 2 ? ending.slice(1) : ending);
        rare.push({ prefix: prng.chance(0.12) ? prng.pick(prefixes) : null, name });
      }
    }
    for (let i = rare.length - 1; i > 0; i--) {
      const j = Math.floor(prng.next() * (i + 1));
      [rare[i], rare[j]] = [rare[j], rare[i]];
    }
    this.#rare = WeightedPicker.byRank(rare, 0.3);
  }

  /** Most residents have a Dutch name; about one in six a name from elsewhere. */
  background(): Background {
    return this.#prng.chance(0.17) ? this.origin() : null;
  }

  origin(): Origin {
    return this.#origins.pick(this.#prng);
  }

  adult(age: number, background: Background = null, sex?: 'male' | 'female', certainty = 1): NamedPerson {
    const prng = this.#prng;
    const s = sex === undefined ? (prng.chance(0.5) ? 'male' : 'female') : prng.chance(certainty) ? sex : sex === 'male' ? 'female' : 'male';
    const family = background
      ? { prefix: null, name: this.#originFamily.get(background)!.pick(prng) }
      : prng.chance(0.17) ? this.#common.pick(prng) : this.#rare.pick(prng);
    return this.#named(age, background, s, family);
  }

  child(age: number, background: Background, family: { prefix: string | null; familyName: string }): NamedPerson {
    const prng = this.#prng;
    const sex = prng.chance(0.5) ? 'male' : 'female';
    return this.#named(age, background && prng.chance(0.75) ? background : null, sex, { prefix: family.prefix, name: family.familyName });
  }

  #named(age: number, background: Background, sex: 'male' | 'female', family: FamilyName): NamedPerson {
    const prng = this.#prng;
    const birthYear = referenceDate.getUTCFullYear() - age;
    const generation: Generation = birthYear < 1960 ? 'old' : birthYear < 1990 ? 'middle' : 'young';
    const pool = background ? background[sex] : dutchGivenNames[sex][generation];
    const count = background ? (prng.chance(0.85) ? 1 : 2)
      : generation === 'old' ? prng.int(2, 3) : prng.chance(0.45) ? 1 : prng.int(2, 3);
    const givenNames: string[] = [];
    while (givenNames.length < count) {
      // A Dutch second or third name is often a grandparent's old-fashioned one.
      const source = givenNames.length > 0 && !background ? dutchGivenNames[sex].old : pool;
      const name = prng.pick(source);
      if (!givenNames.includes(name)) givenNames.push(name);
    }
    return { givenNames, givenName: givenNames[0], prefix: family.prefix, familyName: family.name };
  }
}

/** Valid BSNs "99xxxxxxc" over a fixed permutation of the middle digits, skipping invalid ones. */
class BsnSequence {
  #i = 0;

  next(): string {
    for (;;) {
      const middle = (this.#i++ * 7919 + 123_457) % 1_000_000;
      const bsn = completeBsn(`99${String(middle).padStart(6, '0')}`);
      if (bsn) return bsn;
    }
  }
}

interface Address { street: string; houseNumber: string; postcode: string }

/** Letters used in Dutch postcodes (F, I, O, Q, U and Y are not). */
const postcodeLetters = 'ABCDEGHJKLMNPRSTVWXZ';
const refusedPairs = new Set(['SA', 'SD', 'SS']);

function shuffledStreetNames(prng: Prng): string[] {
  const all: string[] = [];
  for (const stem of streetStems) {
    for (const suffix of new Set(streetSuffixes)) all.push(`${stem}${suffix}`);
  }
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(prng.next() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all;
}

/**
 * Hands out addresses in one postcode area street by street: house numbers go up, the
 * letters of the 6-position postcode change every dozen or so numbers, and now and then a
 * building holds several flats (12A, 12B or 14-1 … 14-6).
 */
class StreetCursor {
  readonly #prng: Prng;
  readonly #pc4: string;
  readonly #names: string[];
  #letterIndex: number;
  #street = '';
  #number = 0;
  #lastNumber = 0;
  #numbersLeftInPostcode = 0;
  #postcode = '';
  #pending: string[] = [];

  constructor(prng: Prng, pc4: string, names: string[]) {
    this.#prng = prng;
    this.#pc4 = pc4;
    this.#names = names;
    this.#letterIndex = prng.int(0, 40);
  }

  next(): Address {
    const prng = this.#prng;
    if (this.#pending.length === 0) {
      if (this.#number >= this.#lastNumber) {
        const name = this.#names.pop();
        if (!name) throw new Error('Out of street names');
        this.#street = name;
        this.#number = 0;
        this.#lastNumber = prng.int(12, 160);
        this.#numbersLeftInPostcode = 0;
      }
      if (this.#numbersLeftInPostcode <= 0) {
        this.#postcode = `${this.#pc4} ${this.#nextLetters()}`;
        this.#numbersLeftInPostcode = prng.int(8, 30);
      }
      this.#number += 1;
      this.#numbersLeftInPostcode -= 1;
      if (prng.chance(0.08)) {
        const flats = prng.int(2, 6);
        this.#pending = Array.from({ length: flats }, (_, i) =>
          flats <= 3 ? `${this.#number}${'ABC'[i]}` : `${this.#number}-${i + 1}`);
      } else {
        this.#pending = [String(this.#number)];
      }
    }
    const houseNumber = this.#pending.shift() ?? String(this.#number);
    return { street: this.#street, houseNumber, postcode: this.#postcode };
  }

  #nextLetters(): string {
    for (;;) {
      const i = this.#letterIndex++ % (postcodeLetters.length * postcodeLetters.length);
      const pair = postcodeLetters[Math.floor(i / postcodeLetters.length)] + postcodeLetters[i % postcodeLetters.length];
      if (!refusedPairs.has(pair)) return pair;
    }
  }
}
