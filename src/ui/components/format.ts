import type { Address } from '../api/types.ts';
import type { I18n } from '../i18n/i18n.tsx';

export function formatPeriod(i18n: I18n, from: string | null | undefined, until: string | null | undefined): string {
  const f = i18n.formatDate(from);
  const u = i18n.formatDate(until);
  if (f && u) return i18n.t('period.fromUntil', { from: f, until: u });
  if (f) return i18n.t('period.from', { from: f });
  if (u) return i18n.t('period.fromUntil', { from: i18n.t('period.unknown'), until: u });
  return '';
}

export function formatAddress(address: Address | null | undefined): string {
  if (!address) return '';
  const line1 = [address.street, address.houseNumber].filter(Boolean).join(' ');
  const line2 = [address.postcode, address.city].filter(Boolean).join(' ');
  return [line1, line2].filter(Boolean).join(', ');
}

/** Today's date as yyyy-mm-dd in the user's time zone. */
export function todayIso(): string {
  const now = new Date();
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const dayInAmsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Whole calendar days (in the municipality's time zone) between a moment and now. */
export function daysAgo(iso: string, now: Date = new Date()): number {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return 0;
  const day = (d: Date) => Date.parse(`${dayInAmsterdam.format(d)}T00:00:00Z`);
  return Math.max(0, Math.round((day(now) - day(then)) / 86_400_000));
}

/** "vandaag", "gisteren" or "3 dagen geleden". */
export function formatAge(i18n: I18n, iso: string, now?: Date): string {
  const days = daysAgo(iso, now);
  if (days === 0) return i18n.t('age.today');
  if (days === 1) return i18n.t('age.yesterday');
  return i18n.t('age.days', { n: days });
}

/** The current local time as the value of a datetime-local input (yyyy-mm-ddThh:mm). */
export function nowForDateTimeInput(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

const shortDateTime = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }),
};

/** Date and time to the minute (no seconds), in the municipality's time zone. */
export function formatDateTimeShort(i18n: I18n, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortDateTime[i18n.language].format(date);
}

const timeOfDay = {
  nl: new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }),
};

/** The time of day (hh:mm) of a moment, in the municipality's time zone. */
export function formatTime(i18n: I18n, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeOfDay[i18n.language].format(date);
}

/** A date (yyyy-mm-dd) plus a number of months, clamped to the last day of the month. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
