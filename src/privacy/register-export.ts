import type { LegalBasisKind, RetentionFrom } from '../db/schema.ts';
import type { Activity } from './processing-register.ts';

const kindNl: Record<LegalBasisKind, string> = {
  consent: 'Toestemming', legal_duty: 'Wettelijke plicht', public_task: 'Publieke taak',
  vital_interest: 'Vitaal belang', legitimate_interest: 'Gerechtvaardigd belang',
};
const retentionFromNl: Record<RetentionFrom, string> = {
  case_closed: 'na het sluiten van de casus', registration_withdrawn: 'na het intrekken van de aanmelding', recorded: 'na het vastleggen',
};

/** Semicolon-separated, as spreadsheet programs with Dutch settings expect; a BOM so they read UTF-8. */
const separator = ';';

/** Quotes where needed (RFC 4180) and defuses text a spreadsheet would run as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function registerCsv(activities: Activity[], categoryNames: Map<string, string>): string {
  const header = ['Code', 'Naam', 'Doel', 'Grondslag', 'Soort grondslag', 'Wetsartikel', 'Soorten persoonsgegevens', 'Ontvangers',
    'Bewaartermijn (maanden)', 'Bewaartermijn vanaf', 'Beëindigd op', 'Laatst gewijzigd'];
  const rows = activities.map((a) => [
    a.id, a.name, a.purpose, a.legalBasis, kindNl[a.legalBasisKind], a.legalBasisArticle ?? '',
    a.dataCategories.map((c) => categoryNames.get(c) ?? c).join(', '), a.recipients,
    a.retentionMonths === null ? '' : String(a.retentionMonths), a.retentionFrom ? retentionFromNl[a.retentionFrom] : '',
    a.endedOn ?? '', new Date(a.updatedAt).toISOString(),
  ]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(separator)).join('\r\n')}\r\n`;
}
