import { z } from 'zod';
import { bilingual } from '../server/errors.ts';
import { normaliseBsn } from './bsn.ts';

export const bsn = z.string().trim().max(20).transform((value, ctx) => {
  const normal = normaliseBsn(value);
  if (!normal) {
    ctx.addIssue({ code: 'custom', message: bilingual('Geen geldig BSN: 9 cijfers die aan de elfproef voldoen', 'Not a valid BSN: 9 digits that pass the 11-test') });
    return z.NEVER;
  }
  return normal;
});

const text = (max: number) => z.string().trim().min(1).max(max);
const birthDate = z.iso.date().refine((d) => d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10), bilingual('Geboortedatum tussen 1900 en vandaag', 'Birth date between 1900 and today'));

export const address = z.strictObject({
  street: text(200).nullable().optional(),
  houseNumber: z.string().trim().regex(/^\d{1,5}(\s?[A-Za-z]{1,4}|-\w{1,6})?$/, bilingual('Huisnummer zoals 12, 12A of 12-2', 'House number like 12, 12A or 12-2')).nullable().optional(),
  postcode: z.string().trim().toUpperCase().regex(/^\d{4}\s?[A-Z]{2}$/, bilingual('Postcode als 1234 AB', 'Postcode like 1234 AB')).transform((p) => `${p.slice(0, 4)} ${p.slice(-2)}`).nullable().optional(),
  city: text(100).nullable().optional(),
});

export const personInput = z.strictObject({
  bsn: bsn.nullable().optional(),
  givenNames: text(200),
  familyNamePrefix: z.string().trim().max(20).nullable().optional(),
  familyName: text(200),
  birthDate: birthDate.nullable().optional(),
  address: address.optional(),
});

export const personPatch = z.strictObject({
  givenNames: text(200).optional(),
  familyNamePrefix: z.string().trim().max(20).nullable().optional(),
  familyName: text(200).optional(),
  birthDate: birthDate.nullable().optional(),
  address: address.optional(),
}).refine((o) => Object.values(o).some((v) => v !== undefined), { message: bilingual('Geef minstens één veld op om te wijzigen', 'Give at least one field to change') });
