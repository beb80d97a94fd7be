import type { Message } from '../server/errors.ts';
import type { MunicipalConfiguration } from './configuration-schema.ts';
import { hasShortRouteForJobReady } from './routing-models.ts';

/** A combination the sources show going wrong: what, where in the configuration, and the sources' reason. */
export interface ModelWarning {
  code: 'integral_intake_heavy_caseload' | 'everyone_without_short_route' | 'postcode_only_central' | 'discretion_without_mandate';
  path: string;
  message: Message;
  reason: Message;
  sources: string[];
}

const reasons: Record<ModelWarning['code'], Message> = {
  integral_intake_heavy_caseload: {
    nl: 'In Ede moesten de professionals van het P-team voor iedereen een integrale intake doen en registreren. Volgens hen gaf dat minder tijd voor hun kerntaak, '
      + 'iedereen naar werk begeleiden, en meer administratieve last (bron 001). In Maastricht Heuvelland zei een klantmanager met 130 klanten vooral "brandjes te blussen" (bron 001). '
      + 'Bij een caseload boven 100 blijft naast zo\'n intake weinig tijd over voor begeleiding.',
    en: 'In Ede the P-team\'s professionals had to hold and register an integral intake for everyone. They said it left less time for their core task, '
      + 'guiding everyone to work, and added administrative load (source 001). In Maastricht Heuvelland a klantmanager with 130 clients said he was mostly "putting out fires" (source 001). '
      + 'Above a caseload of 100, little guidance time is left beside such an intake.',
  },
  everyone_without_short_route: {
    nl: 'Zaanstad nodigt iedere aanvrager van een uitkering uit voor een intake, en verwijst wie zelfstandig aan een baan kan komen naar aangewezen uitzendbureaus: '
      + 'voor hen houdt de ondersteuning van het wijkteam snel op (bron 000). Zonder zo\'n korte route krijgen ook werkfitte inwoners een heel traject, en gaat daar begeleidingstijd naartoe.',
    en: 'Zaanstad invites every benefit applicant to an intake, and refers those who can find a job by themselves to designated temp agencies: '
      + 'for them the team\'s support ends quickly (source 000). Without such a short route, job-ready residents get a whole trajectory too, and guidance time goes there.',
  },
  postcode_only_central: {
    nl: 'In Maastricht Heuvelland werkt elk participatieteam voor eigen postcodegebieden, maar ontvangen de klantmanagers hun klanten vooral op het centrale Werkplein. '
      + 'Verschillende klantmanagers vertellen dat de gebiedsgerichte aanpak dan vooral betekent dat ze mensen op postcode toegewezen krijgen; wie weinig binding met het gebied heeft, '
      + 'ervaart weinig meerwaarde. Sommigen zeggen ook dat het centrale gebouw klanten afschrikt (bron 001).',
    en: 'In Maastricht Heuvelland each participation team covers its own postcode areas, but the klantmanagers mostly receive their clients at the central Werkplein. '
      + 'Several klantmanagers say the area-based approach then mostly means being assigned people by postcode; those with little connection to the area see little added value. '
      + 'Some also say the central building puts clients off (source 001).',
  },
  discretion_without_mandate: {
    nl: 'Ruimte om af te wijken bestaat alleen binnen duidelijke regels: afwijkende besluiten moeten goed onderbouwd kunnen worden en de manager moet ze steunen '
      + '(bron 003, "Benut je discretionaire ruimte"). Sommige professionals moeten zich staande houden in een organisatie waar de kaders weinig duidelijk maken hoeveel ruimte ze hebben (bron 001). '
      + 'Leg in een mandaat vast wie deze ruimte mag gebruiken.',
    en: 'Room to deviate only exists within clear rules: deviating decisions must be well founded and the manager must back them '
      + '(source 003, "Use your discretionary room"). Some professionals have to hold their own in organisations whose frameworks say little about how much room they have (source 001). '
      + 'Record in a mandate who may use this room.',
  },
};

const sources: Record<ModelWarning['code'], string[]> = {
  integral_intake_heavy_caseload: ['001'], everyone_without_short_route: ['000'], postcode_only_central: ['001'], discretion_without_mandate: ['003', '001'],
};

const warning = (code: ModelWarning['code'], path: string, message: Message): ModelWarning => ({ code, path, message, reason: reasons[code], sources: sources[code] });

function heaviestCaseload(c: MunicipalConfiguration): number {
  return Math.max(c.norms.caseloadPerProfessional ?? 0, ...c.teams.map((t) => t.norms?.caseloadPerProfessional ?? 0));
}

/** Warnings for combinations the sources show going wrong. They do not stop a save. */
export function modelCheck(c: MunicipalConfiguration): ModelWarning[] {
  const warnings: ModelWarning[] = [];
  const caseload = heaviestCaseload(c);
  if (c.intake.integralIntake === 'everyone' && caseload > 100) {
    warnings.push(warning('integral_intake_heavy_caseload', 'intake.integralIntake', {
      nl: `Een integrale intake voor iedereen, met een caseload tot ${caseload} per professional`,
      en: `An integral intake for everyone, with a caseload of up to ${caseload} per professional`,
    }));
  }
  const everyone = c.targetGroups.findIndex((g) => g.criteria.some((x) => x.kind === 'everyone'));
  if (everyone >= 0 && !hasShortRouteForJobReady(c.routing)) {
    const name = c.targetGroups[everyone]!.name;
    warnings.push(warning('everyone_without_short_route', `targetGroups.${everyone}`, {
      nl: `Doelgroep ${name} is iedereen, maar het routeringsmodel heeft geen korte route voor wie zelf aan werk kan komen`,
      en: `Target group ${name} is everyone, but the routing model has no short route for those who can find work by themselves`,
    }));
  }
  const postcodeOnly = c.assignment.by.length === 1 && c.assignment.by[0] === 'postcode';
  const central = c.teams.map((t, i) => ({ t, i }))
    .filter(({ t }) => (t.kind === 'neighbourhood' || t.kind === 'work_participation') && t.areas.postcodes.length > 0 && t.workplace === 'central');
  if (postcodeOnly && central.length > 0) {
    const names = central.map(({ t }) => t.name).join(', ');
    warnings.push(warning('postcode_only_central', `teams.${central[0]!.i}.workplace`, {
      nl: `Gebiedsteams die centraal werken, terwijl inwoners alleen op postcode worden toegewezen: ${names}`,
      en: `Area teams working from a central location, while residents are assigned by postcode only: ${names}`,
    }));
  }
  c.discretionaryRoom.forEach((room, i) => {
    if (!c.mandates.some((m) => m.discretionaryRoom.includes(room.key))) {
      warnings.push(warning('discretion_without_mandate', `discretionaryRoom.${i}`, {
        nl: `Discretionaire ruimte "${room.description}" staat in het beleid, maar in geen enkel mandaat`,
        en: `Discretionary room "${room.description}" is stated in policy, but in no mandate`,
      }));
    }
  });
  return warnings;
}
