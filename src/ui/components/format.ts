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
