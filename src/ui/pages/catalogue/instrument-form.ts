import type { InstrumentInput } from './catalogue-api.ts';

/** The instrument form's fields, all as typed text. */
export interface InstrumentFields {
  key: string;
  name: string;
  description: string;
  kind: string;
  law: string;
  providerName: string;
  providerUrl: string;
  costUnit: string;
  amountEuros: string;
  durationWeeks: string;
  places: string;
  waitingCount: string;
  waitingWeeks: string;
  how: string;
  decidedBy: string;
  targetGroup: string;
  criteria: string;
  validFrom: string;
  validUntil: string;
}

/** The server's path (without "body.") of each field, for its validation messages. */
export const fieldPaths: Record<keyof InstrumentFields, string> = {
  key: 'key', name: 'name', description: 'description', kind: 'kind', law: 'law', providerName: 'provider.name', providerUrl: 'provider.url',
  costUnit: 'cost.unit', amountEuros: 'cost.amountEuros', durationWeeks: 'durationWeeks', places: 'capacity.places',
  waitingCount: 'capacity.waitingCount', waitingWeeks: 'capacity.waitingWeeks', how: 'request.how', decidedBy: 'request.decidedBy',
  targetGroup: 'targetGroup', criteria: 'criteria', validFrom: 'validFrom', validUntil: 'validUntil',
};

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function toFields(i: InstrumentInput | null, today: string): InstrumentFields {
  return {
    key: i?.key ?? '', name: i?.name ?? '', description: i?.description ?? '', kind: i?.kind ?? 'work_trajectory', law: i?.law ?? 'participatiewet',
    providerName: i?.provider.name ?? '', providerUrl: i?.provider.url ?? '',
    costUnit: i?.cost.unit ?? 'free', amountEuros: i && i.cost.unit !== 'free' ? String(i.cost.amountEuros).replace('.', ',') : '',
    durationWeeks: text(i?.durationWeeks), places: text(i?.capacity.places), waitingCount: text(i?.capacity.waitingCount), waitingWeeks: text(i?.capacity.waitingWeeks),
    how: i?.request.how ?? '', decidedBy: i?.request.decidedBy ?? '', targetGroup: i?.targetGroup ?? '',
    criteria: JSON.stringify(i?.criteria ?? [], null, 2), validFrom: i?.validFrom ?? today, validUntil: i?.validUntil ?? '',
  };
}

/** A number typed by a person ("4.250,50" or "12"); anything else is sent as typed, so the server names the problem. */
function number(value: string): number | string | null {
  const v = value.trim();
  if (v === '') return null;
  const n = Number(v.includes(',') ? v.replace(/\./g, '').replace(',', '.') : v);
  return Number.isFinite(n) ? n : v;
}

/** The body to send, or the criteria's JSON error. */
export function toInput(f: InstrumentFields, keepOrganisation: string | null | undefined): { body: Record<string, unknown> } | { criteriaError: string } {
  let criteria: unknown;
  try {
    criteria = JSON.parse(f.criteria.trim() === '' ? '[]' : f.criteria);
  } catch (error) {
    return { criteriaError: error instanceof Error ? error.message : String(error) };
  }
  return {
    body: {
      key: f.key.trim(), name: f.name, description: f.description, kind: f.kind, law: f.law,
      provider: { name: f.providerName, url: f.providerUrl.trim() || null, ...(keepOrganisation ? { organisationId: keepOrganisation } : {}) },
      cost: f.costUnit === 'free' ? { unit: 'free' } : { unit: f.costUnit, amountEuros: number(f.amountEuros) ?? '' },
      durationWeeks: number(f.durationWeeks),
      capacity: { places: number(f.places), waitingCount: number(f.waitingCount), waitingWeeks: number(f.waitingWeeks) },
      request: { how: f.how, decidedBy: f.decidedBy }, targetGroup: f.targetGroup, criteria,
      validFrom: f.validFrom, validUntil: f.validUntil || null,
    },
  };
}
