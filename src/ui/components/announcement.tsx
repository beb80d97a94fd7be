import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { ErrorAlert, SuccessAlert } from './status.tsx';

export interface Announcement {
  message: string | null;
  ref: RefObject<HTMLDivElement | null>;
  /** Show the message (or none) and move keyboard focus to the announcement area, so it is read out. */
  announce: (message: string | null) => void;
  clear: () => void;
}

/** A page's success message, shown in an {@link AnnouncementArea} that takes focus when it changes. */
export function useAnnouncement(): Announcement {
  const [message, setMessage] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const announce = (text: string | null) => {
    setMessage(text);
    setTimeout(() => ref.current?.focus(), 0);
  };
  return { message, ref, announce, clear: () => setMessage(null) };
}

/** The focusable area with the page's success message and, if given, the error of its last action. */
export function AnnouncementArea({ announcement, error }: { announcement: Announcement; error?: unknown }): ReactNode {
  return (
    <div ref={announcement.ref} tabIndex={-1} className="samenspel-focus-target">
      {announcement.message ? <SuccessAlert>{announcement.message}</SuccessAlert> : null}
      {error ? <ErrorAlert error={error} /> : null}
    </div>
  );
}
