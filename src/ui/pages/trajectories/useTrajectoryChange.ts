import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.ts';
import { trajectoriesQueryKey, trajectoryQueryKey, trajectoryUrl, type Trajectory } from './trajectory-api.ts';

/**
 * A change to a trajectory made from its current revision. The answer is the whole trajectory;
 * when someone else saved first (409), the stored trajectory is loaded again.
 */
export function useTrajectoryChange(trajectory: Trajectory, onSaved: (saved: Trajectory) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ part, method = 'POST', body }: { part: string; method?: 'POST' | 'PUT'; body: Record<string, unknown> }) => {
      const payload = { revision: trajectory.revision, ...body };
      const url = trajectoryUrl(trajectory.id, part);
      return method === 'PUT' ? api.put<Trajectory>(url, payload) : api.post<Trajectory>(url, payload);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(trajectoryQueryKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: trajectoriesQueryKey(saved.householdId) });
      onSaved(saved);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'revision_conflict') void queryClient.invalidateQueries({ queryKey: trajectoryQueryKey(trajectory.id) });
    },
  });
}
