/**
 * Autosave of the intake draft: ~800 ms after the last change the draft is sent with the revision it
 * was made from. Until the server has it, the draft is kept in this browser (localStorage, per intake
 * and revision), so a reload, a lost connection or an expired session loses nothing. Without a
 * connection (or when the server fails) saving is retried, sooner when the browser is back online.
 * When someone else saved in between (409), saving stops until the user chooses a version.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isApiError, type ApiError } from '../../api/client.ts';
import type { IntakeDraft, RevisionConflict, SavedRevision } from '../../api/intake-plan-types.ts';
import { cleanDraft, clearLocalDraft, readLocalDraft, stableJson, writeLocalDraft } from './draft.ts';

export const AUTOSAVE_DELAY_MS = 800;
const retryDelays = [2_000, 5_000, 10_000, 20_000, 30_000];

export type IntakeConflict = RevisionConflict<{ draft: IntakeDraft }>;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; at: string }
  | { kind: 'offline'; attempt: number }
  | { kind: 'invalid'; error: ApiError }
  | { kind: 'conflict'; conflict: IntakeConflict }
  | { kind: 'failed'; error: unknown };

function isConflict(error: ApiError): boolean {
  const body = error.body as Partial<IntakeConflict>;
  return error.status === 409 && error.code === 'revision_conflict' && typeof body.current?.revision === 'number' && Boolean(body.current.draft);
}

interface Initial {
  draft: IntakeDraft;
  revision: number;
  savedJson: string;
  restored: boolean;
}

function initialState(intakeId: string, serverRevision: number, serverDraft: IntakeDraft, prepare: (draft: IntakeDraft) => IntakeDraft): Initial {
  const savedJson = stableJson(serverDraft);
  const local = readLocalDraft(intakeId);
  if (local && local.revision <= serverRevision && stableJson(local.draft) !== savedJson) {
    // Unsaved work from this browser. Made from an older revision, saving it shows both versions (409).
    return { draft: local.draft, revision: local.revision, savedJson: local.revision === serverRevision ? savedJson : '', restored: true };
  }
  clearLocalDraft(intakeId);
  return { draft: prepare(serverDraft), revision: serverRevision, savedJson, restored: false };
}

export function useIntakeAutosave(intakeId: string, serverRevision: number, serverDraft: IntakeDraft, prepare: (draft: IntakeDraft) => IntakeDraft) {
  const [initial] = useState(() => initialState(intakeId, serverRevision, serverDraft, prepare));
  const [draft, setDraftState] = useState<IntakeDraft>(initial.draft);
  const [revision, setRevision] = useState(initial.revision);
  const [savedJson, setSavedJson] = useState(initial.savedJson);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [saving, setSaving] = useState(false);
  const [failedJson, setFailedJson] = useState<string | null>(null);

  // The latest values for the asynchronous save (which outlives a render).
  const draftRef = useRef(draft);
  const revisionRef = useRef(revision);
  const savedJsonRef = useRef(savedJson);
  const inFlight = useRef<Promise<void> | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const draftJson = stableJson(draft);
  const dirty = draftJson !== savedJson;

  const setDraft = useCallback((update: (draft: IntakeDraft) => IntakeDraft) => {
    setDraftState((current) => {
      const next = update(current);
      draftRef.current = next;
      return next;
    });
  }, []);

  const markSaved = (rev: number, json: string) => {
    revisionRef.current = rev;
    savedJsonRef.current = json;
    setRevision(rev);
    setSavedJson(json);
  };

  /** Sends the current draft (once; a second call while one is under way waits for it). */
  const saveNow = useCallback((): Promise<void> => {
    if (inFlight.current) return inFlight.current;
    const sent = draftRef.current;
    const json = stableJson(sent);
    const base = revisionRef.current;
    if (json === savedJsonRef.current) return Promise.resolve();
    setSaving(true);
    const promise = (async () => {
      try {
        const result = await api.put<SavedRevision>(`/api/intakes/${encodeURIComponent(intakeId)}/draft`, { revision: base, draft: cleanDraft(sent) });
        if (!mounted.current) return;
        markSaved(result.revision, json);
        setFailedJson(null);
        setState({ kind: 'saved', at: result.updatedAt });
        // Typed on while it was being sent: keep that under the new revision; otherwise nothing is pending.
        if (stableJson(draftRef.current) === json) clearLocalDraft(intakeId);
        else writeLocalDraft(intakeId, result.revision, draftRef.current);
      } catch (error) {
        if (!mounted.current) return;
        if (isApiError(error) && isConflict(error)) setState({ kind: 'conflict', conflict: error.body as unknown as IntakeConflict });
        else if (isApiError(error) && (error.status === 0 || error.status >= 500)) {
          setState((s) => ({ kind: 'offline', attempt: s.kind === 'offline' ? s.attempt + 1 : 1 }));
        } else if (isApiError(error) && error.status === 400) {
          setFailedJson(json);
          setState({ kind: 'invalid', error });
        } else setState({ kind: 'failed', error });
      } finally {
        inFlight.current = null;
        if (mounted.current) setSaving(false);
      }
    })();
    inFlight.current = promise;
    return promise;
  }, [intakeId]);

  // Keep the unsaved draft in this browser until the server has it.
  useEffect(() => {
    if (dirty) writeLocalDraft(intakeId, revision, draft);
    else clearLocalDraft(intakeId);
  }, [intakeId, dirty, draft, revision]);

  // Debounced autosave; retries with a growing pause while there is no connection.
  useEffect(() => {
    if (!dirty || saving) return;
    if (state.kind === 'conflict' || state.kind === 'failed') return;
    if (state.kind === 'invalid' && failedJson === draftJson) return;
    const delay = state.kind === 'offline' ? retryDelays[Math.min(state.attempt - 1, retryDelays.length - 1)]! : AUTOSAVE_DELAY_MS;
    const timer = setTimeout(() => void saveNow(), delay);
    return () => clearTimeout(timer);
  }, [dirty, saving, state, failedJson, draftJson, saveNow]);

  // Back online: try at once.
  useEffect(() => {
    if (state.kind !== 'offline') return;
    const online = () => void saveNow();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [state.kind, saveNow]);

  /** Saves what is pending; resolves with the revision when the server has everything, otherwise null. */
  const flush = useCallback(async (): Promise<number | null> => {
    if (inFlight.current) await inFlight.current;
    if (stableJson(draftRef.current) !== savedJsonRef.current) await saveNow();
    return stableJson(draftRef.current) === savedJsonRef.current ? revisionRef.current : null;
  }, [saveNow]);

  /** 409: save my version on top of the other one. */
  const keepMine = useCallback(
    (conflict: IntakeConflict) => {
      markSaved(conflict.current.revision, stableJson(conflict.current.draft));
      setState({ kind: 'idle' });
      void saveNow();
    },
    [saveNow],
  );

  /** 409: take the other version and drop mine. */
  const takeTheirs = useCallback(
    (conflict: IntakeConflict) => {
      const theirs = conflict.current.draft;
      draftRef.current = theirs;
      setDraftState(theirs);
      markSaved(conflict.current.revision, stableJson(theirs));
      clearLocalDraft(intakeId);
      setState({ kind: 'saved', at: conflict.current.updatedAt });
    },
    [intakeId],
  );

  /** After finalising: nothing of this intake stays in the browser. */
  const forget = useCallback(() => clearLocalDraft(intakeId), [intakeId]);

  return { draft, setDraft, revision, dirty, saving, state, restored: initial.restored, flush, saveNow, keepMine, takeTheirs, forget };
}
