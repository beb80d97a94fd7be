import { nl as uiText } from '../ui/i18n/messages.ts';
import type { SubjectExport } from './subject-rights-export-access.ts';
import { columnLabels, hiddenColumns, outcomeLabels, tableTexts, valueLabels } from './subject-rights-labels.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const dateOnly = (iso: string) => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The name behind an id column (staff, team, organisation, activity), when the export knows it. */
function nameFor(data: SubjectExport, column: string, value: string): string | null {
  if (/(_by|^user_id|^professional_id|^coordinator_id|^applies_to_user_id)$/.test(column)) return data.names.staff[value] ?? null;
  if (/(^team_id|_team_id)$/.test(column)) return data.names.teams[value] ?? null;
  if (/_organisation_id$/.test(column)) return data.names.organisations[value] ?? null;
  if (column === 'processing_activity_id') return data.names.activities[value] ?? null;
  return null;
}

function scalar(data: SubjectExport, table: string, column: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (value instanceof Date) return escape(dateTime.format(value));
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return escape(dateOnly(text));
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return escape(dateTime.format(new Date(text)));
  const named = nameFor(data, column, text);
  if (named) return escape(named);
  return escape(valueLabels[`${table}.${column}`]?.[text] ?? valueLabels[column]?.[text] ?? text);
}

function render(data: SubjectExport, table: string, column: string, value: unknown): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (value.every((v) => typeof v !== 'object' || v === null || v instanceof Date)) return value.map((v) => scalar(data, table, column, v)).join(', ');
    return `<ul>${value.map((v) => `<li>${render(data, table, column, v)}</li>`).join('')}</ul>`;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) return fields(data, table, value as Record<string, unknown>);
  return scalar(data, table, column, value);
}

function fields(data: SubjectExport, table: string, row: Record<string, unknown>): string {
  const shown = Object.entries(row).filter(([column]) => !hiddenColumns.has(column));
  if (shown.length === 0) return '—';
  return `<dl>${shown.map(([column, value]) => `<dt>${escape(columnLabels[column] ?? column)}</dt><dd>${render(data, table, column, value)}</dd>`).join('')}</dl>`;
}

function section(data: SubjectExport, table: string, rows: Array<Record<string, unknown>>): string {
  const text = tableTexts[table] ?? { title: table, intro: '' };
  const body = rows.length === 0
    ? '<p class="empty">Hierover is niets vastgelegd.</p>'
    : rows.map((row) => `<div class="record">${fields(data, table, row)}</div>`).join('');
  return `<section><h2>${escape(text.title)}</h2><p>${escape(text.intro)}</p>${body}</section>`;
}

function accessLog(data: SubjectExport): string {
  const action = (name: string) => (uiText as Record<string, string>)[`action.${name}`] ?? name;
  const rows = data.accessLog.map((l) => `<tr><td>${escape(dateTime.format(new Date(l.time)))}</td><td>${escape(l.user ?? 'Samenspel (systeem)')}</td>`
    + `<td>${escape(l.team ?? '—')}</td><td>${escape(action(l.action))}</td><td>${escape(l.activity)}</td><td>${escape(outcomeLabels[l.outcome] ?? l.outcome)}</td></tr>`);
  return `<section><h2>Wie uw gegevens heeft verwerkt</h2>
    <p>Elke keer dat iemand uw gegevens bekeek, zocht, wijzigde of deelde, staat in het verwerkingenlogboek. Dit overzicht zelf staat er ook in.</p>
    ${rows.length === 0 ? '<p class="empty">Nog niets vastgelegd.</p>' : `<table><caption>Verwerkingen van uw gegevens</caption>
    <thead><tr><th scope="col">Wanneer</th><th scope="col">Wie</th><th scope="col">Team</th><th scope="col">Wat</th><th scope="col">Waarvoor</th><th scope="col">Uitkomst</th></tr></thead>
    <tbody>${rows.join('')}</tbody></table>`}</section>`;
}

const about = `<section><h2>Over dit overzicht</h2>
  <p>U heeft het recht om te weten welke gegevens de gemeente over u verwerkt (AVG artikel 15). Dit overzicht bevat alles wat Samenspel over u bewaart, en de gegevens over uw huishouden als geheel. Gegevens die alleen over een ander lid van het huishouden gaan, staan er niet in.</p>
  <p>Kloppen uw gegevens niet, dan kunt u vragen ze te verbeteren (artikel 16). U kunt ook vragen ze te wissen (artikel 17) of het gebruik ervan te beperken (artikel 18). Wissen kan niet zolang een wet de gemeente verplicht ze te bewaren, of zolang er nog hulp loopt.</p>
  <p>Het verwerkingenlogboek wordt niet gewist: het legt vast wie uw gegevens verwerkte, zodat de gemeente daar verantwoording over kan afleggen. Het noemt u niet bij naam of BSN, maar met een intern nummer van Samenspel. Na wissing is dat nummer niet meer aan u te koppelen.</p>
  <p>Hetzelfde overzicht is er als bestand dat een computer kan lezen (JSON). Vraag de privacyfunctionaris van de gemeente.</p></section>`;

const style = `body{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.75rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #154273;padding-bottom:.25rem}
.record{border:1px solid #b4b4b4;border-radius:4px;padding:.5rem 1rem;margin:.75rem 0;break-inside:avoid}
dl{display:grid;grid-template-columns:minmax(10rem,max-content) 1fr;gap:.25rem 1rem;margin:.25rem 0}dt{font-weight:600}dd{margin:0;white-space:pre-wrap}
dd dl{grid-template-columns:minmax(8rem,max-content) 1fr}table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:600}
th,td{border:1px solid #b4b4b4;padding:.25rem .5rem;text-align:left;vertical-align:top}.empty{color:#4d4d4d;font-style:italic}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}}`;

/** The export as a readable Dutch document to print or hand to the resident. */
export function exportHtml(data: SubjectExport): string {
  const sections = Object.entries(data.tables).map(([table, rows]) => section(data, table, rows));
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Overzicht van uw gegevens in Samenspel — ${escape(data.person.displayName)}</title><style>${style}</style></head>
<body><main>
<h1>Overzicht van uw gegevens in Samenspel</h1>
<p>Voor ${escape(data.person.displayName)}, opgesteld op ${escape(dateTime.format(new Date(data.generatedAt)))}.</p>
${sections.join('\n')}
${accessLog(data)}
${about}
</main></body></html>`;
}
