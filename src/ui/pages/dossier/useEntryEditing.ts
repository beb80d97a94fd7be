import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { networkQueryKey } from '../../api/queries.ts';
import { useAnnouncement } from '../../components/announcement.tsx';

/** Which entry is being added ('new') or changed (its id), if any. */
export type Editing = 'new' | string | null;

/**
 * The editing state of a list on the dossier (the network, the contact details): one form at a time,
 * the success message announced (focus on it), and back to the button that opened the form on cancel.
 */
export function useEntryEditing(householdId: string, path: 'network' | 'contact-details') {
  const queryClient = useQueryClient();
  const announcement = useAnnouncement();
  const [editing, setEditing] = useState<Editing>(null);
  const opener = useRef<HTMLElement | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = useMutation({
    mutationFn: ({ id }: { id: string; message: string }) =>
      api.delete(`/api/households/${encodeURIComponent(householdId)}/${path}/${encodeURIComponent(id)}`),
    onSuccess: async (_result, { message }) => {
      await queryClient.invalidateQueries({ queryKey: networkQueryKey(householdId) });
      announcement.announce(message);
    },
  });
  const open = (what: Exclude<Editing, null>) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    announcement.clear();
    remove.reset();
    setEditing(what);
  };
  const close = (message: string | null) => {
    setEditing(null);
    if (message) announcement.announce(message);
    else setTimeout(() => (opener.current?.isConnected ? opener.current : addButton.current)?.focus(), 0);
  };
  return { announcement, editing, open, close, remove, addButton };
}
