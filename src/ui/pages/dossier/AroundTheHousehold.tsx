import { useHouseholdNetwork } from '../../api/queries.ts';
import type { HouseholdMember } from '../../api/types.ts';
import { ContactDetailsSection } from './ContactDetailsSection.tsx';
import { NetworkSection } from './NetworkSection.tsx';

/** Contact details and the informal network: dossier contents, loaded once for both sections. */
export function AroundTheHousehold({ householdId, members, canEdit }: { householdId: string; members: HouseholdMember[]; canEdit: boolean }) {
  const network = useHouseholdNetwork(householdId);
  return (
    <>
      <ContactDetailsSection householdId={householdId} members={members} network={network} canEdit={canEdit} />
      <NetworkSection householdId={householdId} network={network} canEdit={canEdit} />
    </>
  );
}
