/**
 * UI text of the presets (voorbeeldmodellen): loading a shipped organisation model into a
 * municipality. Spread into the dictionaries of messages.ts.
 */

export const presetsNl = {
  'presets.title': 'Voorbeeldmodel laden',
  'presets.link': 'Voorbeeldmodel laden',
  'presets.intro': 'Samenspel bevat voor elk organisatiemodel uit de onderzoeken een voorbeeldconfiguratie: teams en werkgebieden, toegang, mandaten, drempels, doelgroepen, normen, intake en routering. Laad er een als nieuwe versie van het organisatiemodel van een gemeente, vanaf een datum. Daarna kunt u de versie aanpassen aan uw eigen situatie.',
  'presets.demoData': 'Er worden geen medewerkers of inwoners geladen. Fictieve demogegevens komen alleen op een lege installatie, met npm start -- --preset <naam>.',
  'presets.municipality': 'Gemeente',
  'presets.preset': 'Voorbeeldmodel',
  'presets.choose': 'Kies…',
  'presets.validFrom': 'Geldig vanaf',
  'presets.validFromHint': 'Vandaag of later; alleen de eerste versie van een gemeente mag eerder beginnen. Teams die het model niet noemt, worden op de dag ervoor beëindigd.',
  'presets.facts': '{teams} teams · bron {sources}',
  'presets.submit': 'Voorbeeldmodel laden…',
  'presets.confirm.label': 'Bevestigen',
  'presets.confirm.text': 'U laadt {label} als nieuwe versie van het organisatiemodel van {municipality}, geldig vanaf {date}. Teams, werkgebieden en mandaten volgen dan dit model. Doorgaan?',
  'presets.confirm.yes': 'Ja, laden',
  'presets.loaded': '{label} is geladen als versie van {municipality}, geldig vanaf {date}.',
  'presets.rolesLeftOut': 'De soorten gegevens per rol zijn niet meegenomen: die gelden voor de hele installatie en deze installatie bedient meer gemeenten.',
  'presets.toVersion': 'Naar de nieuwe versie',
  'presets.required.municipality': 'Kies een gemeente',
  'presets.required.preset': 'Kies een voorbeeldmodel',
  'presets.required.validFrom': 'Vul de datum in',
};

export const presetsEn: Record<keyof typeof presetsNl, string> = {
  'presets.title': 'Load a preset',
  'presets.link': 'Load a preset',
  'presets.intro': 'Samenspel ships an example configuration for every organisation model of the studies: teams and areas, access, mandates, thresholds, target groups, norms, intake and routing. Load one as a new version of a municipality\'s organisation model, from a date. You can then adapt the version to your own situation.',
  'presets.demoData': 'No staff or residents are loaded. Fictitious demo data only comes on an empty installation, with npm start -- --preset <name>.',
  'presets.municipality': 'Municipality',
  'presets.preset': 'Preset',
  'presets.choose': 'Choose…',
  'presets.validFrom': 'Valid from',
  'presets.validFromHint': 'Today or later; only a municipality\'s first version may start earlier. Teams the model does not list are ended on the day before.',
  'presets.facts': '{teams} teams · source {sources}',
  'presets.submit': 'Load preset…',
  'presets.confirm.label': 'Confirm',
  'presets.confirm.text': 'You are loading {label} as a new version of the organisation model of {municipality}, valid from {date}. Teams, areas and mandates will then follow this model. Continue?',
  'presets.confirm.yes': 'Yes, load it',
  'presets.loaded': '{label} has been loaded as a version of {municipality}, valid from {date}.',
  'presets.rolesLeftOut': 'The data categories per role were left out: they apply to the whole installation, and this installation serves more municipalities.',
  'presets.toVersion': 'Go to the new version',
  'presets.required.municipality': 'Choose a municipality',
  'presets.required.preset': 'Choose a preset',
  'presets.required.validFrom': 'Fill in the date',
};
