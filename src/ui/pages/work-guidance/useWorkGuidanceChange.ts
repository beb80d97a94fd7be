import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { workGuidanceKey, type Proposal, type WorkGuidance } from './work-guidance-api.ts';

/** A POST that answers with the whole work-guidance view, which replaces the cached one. */
export function useWorkGuidanceChange<B>(personId: string, url: string, onSaved: (view: WorkGuidance) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api.post<WorkGuidance>(url, body),
    onSuccess: (view) => {
      queryClient.setQueryData(workGuidanceKey(personId), view);
      onSaved(view);
    },
  });
}

/** A new proposal from the latest assessment; it becomes the current one, the earlier ones can no longer be decided. */
export function useProposeAgain(personId: string, onSaved: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Proposal>(`/api/persons/${encodeURIComponent(personId)}/routing-proposals`, {}),
    onSuccess: (proposal) => {
      queryClient.setQueryData<WorkGuidance>(workGuidanceKey(personId), (view) => view && {
        ...view,
        proposals: [proposal, ...view.proposals.map((p) => ({ ...p, current: false, abilities: { confirm: false, override: false } }))],
      });
      onSaved();
    },
  });
}
