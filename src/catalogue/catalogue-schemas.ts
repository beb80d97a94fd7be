import { z } from 'zod';
import { isoDate } from '../organisation/schemas.ts';
import { bilingual } from '../server/errors.ts';
import { criterion } from './criteria.ts';

export const instrumentKinds = ['work_trajectory', 'participation_place', 'coaching', 'debt_help', 'care_health', 'mobility', 'education', 'subsidy', 'other'] as const;
export const laws = ['participatiewet', 'wmo', 'jeugdwet', 'wgs', 'other'] as const;
export const paidUnits = ['per_trajectory', 'per_month', 'per_hour'] as const;
export type InstrumentKind = (typeof instrumentKinds)[number];
export type Law = (typeof laws)[number];
export type CostUnit = 'free' | (typeof paidUnits)[number];

const plain = (s: string) => !/\p{Cs}/u.test(s);
const invalidCharacter = bilingual('De tekst bevat een ongeldig teken', 'The text contains an invalid character');
const text = (max: number) => z.string().trim().min(1).max(max).refine(plain, invalidCharacter);
const optionalText = (max: number) => z.string().trim().max(max).refine(plain, invalidCharacter);
const count = (max: number) => z.int().min(0).max(max).nullable().optional();

export const instrumentKey = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, bilingual(
  'Een sleutel van kleine letters, cijfers, - en _ (hoogstens 60 tekens), bijvoorbeeld "werkbedrijf-traject"',
  'A key of lower-case letters, digits, - and _ (at most 60 characters), e.g. "werkbedrijf-traject"',
));

const cost = z.discriminatedUnion('unit', [
  z.strictObject({ unit: z.literal('free') }).describe('No cost to the municipality or the resident'),
  z.strictObject({
    unit: z.enum(paidUnits).describe('What the amount is for: one whole trajectory, a month, an hour'),
    amountEuros: z.number().min(0).max(1_000_000).refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, bilingual('Hoogstens twee decimalen (centen)', 'At most two decimals (cents)')).describe('Amount in euros'),
  }),
], { error: bilingual('Kies een kostensoort: free, per_trajectory, per_month of per_hour', 'Choose a cost unit: free, per_trajectory, per_month or per_hour') });

/** One instrument of the catalogue, as administrators write it and as import and export carry it. */
export const instrumentInput = z.strictObject({
  key: instrumentKey.describe('Stable key, unique within the municipality; import matches on it'),
  name: text(200).describe('Name, in Dutch'),
  description: optionalText(4000).default('').describe('What it is and what it offers, in Dutch'),
  kind: z.enum(instrumentKinds).describe('Kind: work trajectory, participation place, coaching, debt help, care/health, mobility, education, subsidy, other'),
  law: z.enum(laws).describe('The law or domain it falls under'),
  provider: z.strictObject({
    name: text(200).describe('Who provides it'),
    organisationId: z.uuid().nullable().optional().describe('The provider as an organisation of this installation, if it is one'),
    url: z.url({ protocol: /^https?$/, error: bilingual('Een webadres dat begint met https:// of http://', 'A web address starting with https:// or http://') }).max(500).nullable().optional().describe('Web page of the provider or the instrument'),
  }),
  cost,
  durationWeeks: z.int().min(1).max(520).nullable().optional().describe('Usual duration in weeks'),
  capacity: z.strictObject({
    places: count(100_000).describe('Places in all'),
    waitingCount: count(100_000).describe('People waiting now'),
    waitingWeeks: count(520).describe('Expected wait in weeks for a new request'),
  }).default({}),
  request: z.strictObject({
    how: text(2000).describe('How to request it, in Dutch'),
    decidedBy: text(200).describe('Who decides on a request'),
  }),
  targetGroup: optionalText(1000).default('').describe('Who it is for, in words (Dutch)'),
  criteria: z.array(criterion).max(20).default([]).describe('Entry criteria as data; all must hold'),
  validFrom: isoDate.describe('Available from'),
  validUntil: isoDate.nullable().optional().describe('Available until (included); empty: no end'),
}).refine((i) => !i.validUntil || i.validUntil >= i.validFrom, {
  path: ['validUntil'], message: bilingual('De einddatum ligt vóór de begindatum', 'The end date is before the start date'),
});
export type InstrumentInput = z.output<typeof instrumentInput>;

export const exportFormat = 'samenspel.instrument-catalogue';

/** A whole catalogue: what export gives and import takes. */
export const catalogueDocument = z.strictObject({
  format: z.literal(exportFormat).optional().describe('Present in exported files'),
  municipality: z.string().max(200).optional().describe('Name of the municipality it was exported from (information only)'),
  exportedAt: z.string().max(40).optional().describe('When it was exported (information only)'),
  instruments: z.array(instrumentInput).max(1000),
}).superRefine((doc, ctx) => {
  const seen = new Map<string, number>();
  doc.instruments.forEach((instrument, i) => {
    if (seen.has(instrument.key)) {
      ctx.addIssue({ code: 'custom', path: ['instruments', i, 'key'], message: bilingual(`De sleutel "${instrument.key}" komt twee keer voor`, `The key "${instrument.key}" appears twice`) });
    }
    seen.set(instrument.key, i);
  });
});
export type CatalogueDocument = z.output<typeof catalogueDocument>;
