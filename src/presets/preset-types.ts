import type { z } from 'zod';
import type { instrumentInput } from '../catalogue/catalogue-schemas.ts';
import type { municipalConfiguration } from '../configuration/configuration-schema.ts';
import type { Channel, HouseholdRole, OrganisationKind, ProfessionalRole, Profile, ReferrerType, SystemRole, TeamRole, UrgentFlag } from '../db/schema.ts';

/** A configuration as written in a preset module; parsed (defaults filled, cross-checked) by the registry. */
export type PresetConfiguration = z.input<typeof municipalConfiguration>;

export type CatalogueEntry = Omit<z.input<typeof instrumentInput>, 'validFrom'> & { validFrom?: string };

export interface PresetStaff {
  username: string;
  name: string;
  discipline: string;
  profile: Profile | null;
  /** Key of one of the preset's organisations. */
  employer: string;
  teams: Array<[team: string, role: TeamRole, professionalRole?: ProfessionalRole]>;
  systemRoles?: SystemRole[];
  /** One line for the printed sign-ins, in Dutch. */
  what: string;
}

/** A family of the shared pool: the family name with its prefix ("van der Berg") and the members. */
export interface DemoFamily {
  family: string;
  members: Array<[role: HouseholdRole, givenName: string, birthDate: string]>;
}

/** A registration still waiting at the team's dagstart. */
export interface Waiting {
  channel: Channel;
  referrer: ReferrerType;
  question: string;
  urgent?: UrgentFlag[];
  daysAgo: number;
}

export interface PresetHousehold extends DemoFamily {
  team: string;
  street: string;
  postcode: string;
  /** Either waiting at the dagstart… */
  waiting?: Waiting;
  /** …or an assigned case: usernames of [professional, household coordinator]. */
  workers?: [string, string];
  openedDaysAgo?: number;
  contacts?: number;
  /** A second open case of the household, in another team. */
  also?: { team: string; workers: [string, string] };
}

export interface PresetDemo {
  /** The first organisation employs the administrator, the privacy officer and the manager. */
  organisations: Array<{ key: string; name: string; kind: OrganisationKind }>;
  staff: PresetStaff[];
  households: PresetHousehold[];
  catalogue?: CatalogueEntry[];
}

/** One organisation model of the sources, as a shipped configuration with fictitious demo data. */
export interface Preset {
  key: string;
  aliases?: string[];
  /** "Voorbeeld Zaanstad": the only place a real municipality's name appears. */
  label: string;
  /** One line, in Dutch. */
  description: string;
  /** The source reports (`../shared/seeds/`) the model is taken from. */
  sources: string[];
  configuration: PresetConfiguration;
  demo: PresetDemo;
}
