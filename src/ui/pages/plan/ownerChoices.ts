/** The one select for an action's owner: its options, and the way between an option and the stored owner. */
import type { ActionOwner, ActionOwners } from '../../api/intake-plan-types.ts';
import type { Translate } from '../../i18n/i18n.tsx';

export interface OwnerChoice {
  value: string;
  label: string;
  owner: ActionOwner;
}

/** Options that reveal a name field. */
export const otherPartner = 'other:partner_organisation';
export const otherNetwork = 'other:network';
/** An owner saved earlier that matches no option any more (kept as it is). */
export const keptOwner = 'kept';

export function ownerChoices(owners: ActionOwners | undefined, me: { id: string; displayName: string } | null, t: Translate): OwnerChoice[] {
  const professionals = owners?.professionals ?? (me ? [{ userId: me.id, displayName: me.displayName, role: 'professional' as const }] : []);
  return [
    ...professionals.map((p) => ({
      value: `user:${p.userId}`,
      label: t(p.role === 'coordinator' ? 'plan.owner.coordinator' : 'plan.owner.professional', { name: p.displayName }),
      owner: { kind: 'professional' as const, name: p.displayName, userId: p.userId },
    })),
    ...(owners?.members ?? []).map((m) => ({
      value: `person:${m.personId}`,
      label: t('plan.owner.member', { name: m.displayName }),
      owner: { kind: 'resident' as const, name: m.displayName, personId: m.personId },
    })),
    ...(owners?.network ?? []).map((n) => ({
      value: `network:${n.id}`,
      label: t('plan.owner.network', { name: n.name }),
      owner: { kind: 'network' as const, name: n.name, networkMemberId: n.id },
    })),
  ];
}

/** The current user when they are among the options, else the first professional, else the user as a professional. */
export function defaultOwner(choices: OwnerChoice[], me: { id: string; displayName: string } | null): ActionOwner {
  const mine = choices.find((c) => c.owner.userId === me?.id) ?? choices.find((c) => c.owner.kind === 'professional');
  return mine?.owner ?? { kind: 'professional', name: me?.displayName ?? '', ...(me ? { userId: me.id } : {}) };
}

/** Which option an owner is: by id, or by kind and name for owners saved without one. */
export function ownerValue(owner: ActionOwner, choices: OwnerChoice[]): string {
  const id = owner.userId ?? owner.personId ?? owner.networkMemberId;
  const match = choices.find((c) => c.owner.kind === owner.kind && (id ? (c.owner.userId ?? c.owner.personId ?? c.owner.networkMemberId) === id : c.owner.name === owner.name.trim()));
  if (match) return match.value;
  if (owner.kind === 'partner_organisation') return otherPartner;
  if (owner.kind === 'network') return otherNetwork;
  return keptOwner;
}

/** The owner after choosing an option; a revealed name field starts empty unless the owner already was of that kind. */
export function ownerFor(value: string, current: ActionOwner, choices: OwnerChoice[]): ActionOwner {
  if (value === otherPartner || value === otherNetwork) {
    const kind = value === otherPartner ? 'partner_organisation' : 'network';
    return { kind, name: current.kind === kind && ownerValue(current, choices) === value ? current.name : '' };
  }
  return choices.find((c) => c.value === value)?.owner ?? current;
}
