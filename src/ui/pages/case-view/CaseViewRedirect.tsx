import { Navigate, useParams } from 'react-router';
import type { CaseViewLocationState } from './case-view-types.ts';

/**
 * /huishoudens/:id/casusbespreking moves the household id out of the address (which a projector
 * shows and a print-out prints) into the history state, and opens /casusbespreking.
 */
export default function CaseViewRedirect() {
  const { id = '' } = useParams();
  return <Navigate to="/casusbespreking" replace state={{ householdId: id } satisfies CaseViewLocationState} />;
}
