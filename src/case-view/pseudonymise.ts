import type { Language } from '../server/language.ts';
import { fold } from '../persons/person-names.ts';

/**
 * Pseudonymisation of free text for a case discussion without consent. Known identifiers of
 * the household (names, birth dates, BSNs, addresses, postcodes, phone numbers, e-mail
 * addresses, network and staff names) are replaced first, then anything that looks like one.
 * It errs on the side of removing too much: a redacted ordinary word costs less than a name.
 */

export type Placeholder = 'name' | 'organisation' | 'staff' | 'phone' | 'email' | 'postcode' | 'address' | 'number' | 'birthDate' | 'date' | 'bankAccount' | 'contact';

const placeholders: Record<Language, Record<Placeholder, string>> = {
  nl: {
    name: '[naam]', organisation: '[organisatie]', staff: '[medewerker]', phone: '[telefoon]', email: '[e-mail]', postcode: '[postcode]',
    address: '[adres]', number: '[nummer]', birthDate: '[geboortedatum]', date: '[datum]', bankAccount: '[rekeningnummer]', contact: '[contactgegeven]',
  },
  en: {
    name: '[name]', organisation: '[organisation]', staff: '[staff member]', phone: '[phone]', email: '[e-mail]', postcode: '[postcode]',
    address: '[address]', number: '[number]', birthDate: '[date of birth]', date: '[date]', bankAccount: '[bank account]', contact: '[contact detail]',
  },
};

export interface MemberLabel { kind: 'adult' | 'child'; number: number }

export const memberLabelText = (label: MemberLabel, lang: Language) =>
  `${{ adult: { nl: 'Volwassene', en: 'Adult' }, child: { nl: 'Kind', en: 'Child' } }[label.kind][lang]} ${label.number}`;

/** Age bands: five years for children, ten for adults, one band from 80 on. Never an exact age or date. */
export function ageBand(birthDate: string | null, today: string): { from: number; to: number | null } | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const age = ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
  if (age < 18) {
    const from = Math.floor(age / 5) * 5;
    return { from, to: Math.min(from + 4, 17) };
  }
  if (age >= 80) return { from: 80, to: null };
  if (age < 30) return { from: 18, to: 29 };
  const from = Math.floor(age / 10) * 10;
  return { from, to: from + 9 };
}

export interface KnownPerson {
  givenNames: string;
  familyNamePrefix: string | null;
  familyName: string;
  birthDate: string | null;
  bsn: string | null;
  street: string | null;
  postcode: string | null;
  /** Current members are named by their label; former members and others by a placeholder. */
  label: MemberLabel | null;
}

export interface KnownIdentifiers {
  persons: KnownPerson[];
  network: Array<{ kind: 'person' | 'organisation'; name: string; contact: string | null }>;
  staffNames: string[];
  contactDetails: Array<{ kind: 'phone' | 'email' | 'postal' | 'other'; value: string }>;
  householdName: string;
}

interface NameEntry { tokens: string[]; replacement: string }

const namePrefixes = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', 'in', 't', 'op', 'la', 'le', 'da', 'du', 'el', 'al', 'von', 'vd', 'v', 'd']);
const householdWords = new Set(['huishouden', 'familie', 'fam', 'gezin', 'household', 'family', 'en', 'and']);
const wordPattern = /[\p{L}\p{M}]+/gu;
const tokensOf = (text: string) => [...text.matchAll(wordPattern)].map((m) => fold(m[0]));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Digits with any spacing or punctuation between them, as people write numbers. */
const looseDigits = (digits: string) => digits.split('').map(escape).join('[\\s.()-]*');

const monthNames: string[][] = [
  ['januari', 'january', 'jan'], ['februari', 'february', 'feb'], ['maart', 'march', 'mrt', 'mar'], ['april', 'apr'],
  ['mei', 'may'], ['juni', 'june', 'jun'], ['juli', 'july', 'jul'], ['augustus', 'august', 'aug'],
  ['september', 'sept', 'sep'], ['oktober', 'october', 'okt', 'oct'], ['november', 'nov'], ['december', 'dec'],
];
const anyMonth = monthNames.flat().sort((a, b) => b.length - a.length).join('|');

function datePatterns(iso: string): RegExp[] {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const day = `0?${Number(d)}`;
  const month = `0?${Number(m)}`;
  const names = monthNames[Number(m) - 1]!.join('|');
  return [
    new RegExp(`(?<!\\d)${day}\\s?[-/.]\\s?${month}\\s?[-/.]\\s?(?:${y}|${y.slice(2)})(?!\\d)`, 'g'),
    new RegExp(`(?<!\\d)${y}[-/.]${month}[-/.]${day}(?!\\d)`, 'g'),
    new RegExp(`(?<!\\d)${day}(?:e|ste|de)?\\s+(?:${names})\\.?\\s+(?:${y}|'${y.slice(2)})(?!\\d)`, 'gi'),
  ];
}

const streetSuffixes = 'straat|laan|weg|plein|singel|hof|pad|kade|gracht|dijk|steeg|dreef|erf|baan|park|street|road|lane|avenue';
const generic = {
  email: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  bankAccount: /\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b/gi,
  internationalPhone: /(?:\+|\b00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\d(?:[\s.-]?\d){6,11}(?!\d)/g,
  phone: /(?<![\d+])\(?0\d{1,3}\)?(?:[\s.-]?\d){6,8}(?!\d)/g,
  number: /(?<![\d])\d{2,4}[\s.]?\d{2,3}[\s.]?\d{3}(?!\d)/g,
  postcode: /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b/g,
  street: new RegExp(`[\\p{L}-]*(?:${streetSuffixes})\\s+\\d{1,5}(?:\\s?[a-zA-Z]{1,2}\\b|-\\d{1,4})?`, 'giu'),
  fullDate: new RegExp(`(?<!\\d)(?:\\d{1,2}\\s?[-/.]\\s?\\d{1,2}\\s?[-/.]\\s?(\\d{4})|(\\d{4})[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}(?:e|ste|de)?\\s+(?:${anyMonth})\\.?\\s+(\\d{4}))(?!\\d)`, 'gi'),
  bornOn: new RegExp(`\\b(geboren|geb\\.|born)(\\s+(?:op|on))?\\s+(?:\\d{1,2}\\s?[-/.]\\s?\\d{1,2}\\s?[-/.]\\s?\\d{2,4}|\\d{1,2}\\s+(?:${anyMonth})\\.?\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})`, 'gi'),
};

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/** A function that pseudonymises one text with everything known about this household. */
export function textPseudonymiser(known: KnownIdentifiers, lang: Language, today: string): (text: string) => string {
  const p = placeholders[lang];
  const literal: Array<[RegExp, string]> = [];
  const addLiteral = (value: string | null | undefined, replacement: string, pattern?: string) => {
    if (!value || value.trim().length < 4) return;
    literal.push([new RegExp(pattern ?? escape(value.trim()), 'gi'), replacement]);
  };
  for (const d of known.contactDetails) {
    if (d.kind === 'phone' && digitCount(d.value) >= 6) addLiteral(d.value, p.phone, looseDigits(d.value.replace(/\D/g, '')));
    else addLiteral(d.value, { phone: p.phone, email: p.email, postal: p.address, other: p.contact }[d.kind]);
  }
  for (const n of known.network) {
    if (n.contact && digitCount(n.contact) >= 6 && !n.contact.includes('@')) addLiteral(n.contact, p.phone, looseDigits(n.contact.replace(/\D/g, '')));
    else addLiteral(n.contact, p.contact);
  }
  for (const person of known.persons) {
    if (person.bsn) addLiteral(person.bsn, p.number, `(?<!\\d)${looseDigits(person.bsn)}(?!\\d)`);
    if (person.bsn?.startsWith('0')) addLiteral(person.bsn, p.number, `(?<!\\d)${looseDigits(person.bsn.slice(1))}(?!\\d)`);
    if (person.postcode) addLiteral(person.postcode, p.postcode, `\\b${escape(person.postcode.slice(0, 4))}\\s?${escape(person.postcode.slice(-2))}\\b`);
    if (person.street) addLiteral(person.street, p.address, `${escape(person.street)}(?:\\s+\\d{1,5}(?:\\s?[a-zA-Z]{1,2}\\b|-\\d{1,4})?)?`);
  }
  const birthDates = known.persons.flatMap((person) => (person.birthDate ? datePatterns(person.birthDate) : []));
  const names = nameEntries(known, lang, p);
  const oldYear = Number(today.slice(0, 4)) - 14;

  return (text: string) => {
    let out = text.replace(generic.email, p.email).replace(generic.bankAccount, p.bankAccount);
    for (const [pattern, replacement] of literal) out = out.replace(pattern, replacement);
    for (const pattern of birthDates) out = out.replace(pattern, p.birthDate);
    out = out
      .replace(generic.bornOn, (_m, word: string, on: string | undefined) => `${word}${on ?? ''} ${p.birthDate}`)
      .replace(generic.fullDate, (m, a?: string, b?: string, c?: string) => (Number(a ?? b ?? c) < oldYear ? p.date : m))
      .replace(generic.internationalPhone, p.phone)
      .replace(generic.phone, (m) => (digitCount(m) === 10 ? p.phone : m))
      .replace(generic.number, (m) => (digitCount(m) >= 8 && digitCount(m) <= 9 ? p.number : m))
      .replace(generic.postcode, p.postcode)
      .replace(generic.street, p.address);
    return replaceNames(out, names);
  };
}

function nameEntries(known: KnownIdentifiers, lang: Language, p: Record<Placeholder, string>): Map<string, NameEntry[]> {
  const entries: NameEntry[] = [];
  const givenOwners = new Map<string, Set<string>>();
  const add = (tokens: string[], replacement: string) => {
    const meaningful = tokens.filter((t) => !namePrefixes.has(t));
    if (meaningful.length === 0 || (tokens.length === 1 && tokens[0]!.length < 2)) return;
    entries.push({ tokens, replacement });
  };
  for (const person of known.persons) {
    const label = person.label ? `[${memberLabelText(person.label, lang)}]` : p.name;
    const given = tokensOf(person.givenNames);
    const prefix = tokensOf(person.familyNamePrefix ?? '');
    const family = tokensOf(person.familyName);
    add([...given, ...prefix, ...family], label);
    if (given.length > 1) add([given[0]!, ...prefix, ...family], label);
    add([...prefix, ...family], p.name);
    for (const token of family) if (!namePrefixes.has(token)) add([token], p.name);
    for (const token of given) givenOwners.set(token, (givenOwners.get(token) ?? new Set()).add(label));
  }
  for (const [token, owners] of givenOwners) add([token], owners.size === 1 ? [...owners][0]! : p.name);
  for (const n of known.network) {
    const tokens = tokensOf(n.name);
    add(tokens, n.kind === 'person' ? p.name : p.organisation);
    if (n.kind === 'person') for (const token of tokens) add([token], p.name);
  }
  for (const staff of known.staffNames) {
    const tokens = tokensOf(staff);
    add(tokens, p.staff);
    for (const token of tokens) add([token], p.staff);
  }
  for (const token of tokensOf(known.householdName)) if (!householdWords.has(token)) add([token], p.name);
  const byFirst = new Map<string, NameEntry[]>();
  for (const entry of entries.sort((a, b) => b.tokens.length - a.tokens.length)) {
    const list = byFirst.get(entry.tokens[0]!) ?? [];
    list.push(entry);
    byFirst.set(entry.tokens[0]!, list);
  }
  return byFirst;
}

/** Replaces the longest known name at each word, across spaces, hyphens and apostrophes; also the Dutch genitive ("Jans"). */
function replaceNames(text: string, names: Map<string, NameEntry[]>): string {
  const words = [...text.matchAll(wordPattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) }));
  const parts: string[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length;) {
    const match = longestMatch(text, words, i, names);
    if (!match) { i += 1; continue; }
    parts.push(text.slice(cursor, words[i]!.start), match.replacement);
    cursor = words[i + match.length - 1]!.end;
    i += match.length;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

function longestMatch(text: string, words: Array<{ start: number; end: number; folded: string }>, i: number, names: Map<string, NameEntry[]>) {
  const first = words[i]!.folded;
  const candidates = [...(names.get(first) ?? []), ...(first.length > 3 && first.endsWith('s') ? (names.get(first.slice(0, -1)) ?? []).filter((e) => e.tokens.length === 1) : [])];
  for (const entry of candidates) {
    const fits = entry.tokens.every((token, k) => {
      const word = words[i + k];
      if (!word) return false;
      if (k > 0 && !/^[\s'’-]+$/.test(text.slice(words[i + k - 1]!.end, word.start))) return false;
      return word.folded === token || (k === 0 && entry.tokens.length === 1 && word.folded === `${token}s`);
    });
    if (fits) return { length: entry.tokens.length, replacement: entry.replacement };
  }
  return null;
}
