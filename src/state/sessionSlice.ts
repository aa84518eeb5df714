import type { StateCreator } from 'zustand';
import { saveEntryJournaled } from '../persist/journal';
import type { SessionRecord, SessionSummary } from '../persist/sessions';
import { pairingOf, type ReviewEntry } from './entries';
import type { SwapsetState } from './store';

/** A message about the session, shown above the workspace until dismissed or replaced. */
export interface Notice {
  kind: 'info' | 'warning';
  text: string;
}

/** The review session of the loaded archives and its saving to IndexedDB. */
export interface SessionSlice {
  /** The session of the loaded archives, known once they are hashed. */
  session: SessionRecord | null;
  /** Saved sessions with entries, most recent first, for the page to offer after a reload. */
  savedSessions: SessionSummary[];
  notice: Notice | null;
  /** Error message of the failed save, shown until the page is reloaded, or null while saving works. */
  saveError: string | null;
  setSession(session: SessionRecord | null): void;
  setSavedSessions(sessions: SessionSummary[]): void;
  setNotice(notice: Notice | null): void;
  /** Save one entry of the current session, or delete it for null. */
  persistEntry(id: string, entry: ReviewEntry | null): void;
  reportSaveError(error: unknown): void;
}

export const createSessionSlice: StateCreator<SwapsetState, [], [], SessionSlice> = (set, get) => ({
  session: null,
  savedSessions: [],
  notice: null,
  saveError: null,
  setSession: (session) => set({ session }),
  setSavedSessions: (savedSessions) => set({ savedSessions }),
  setNotice: (notice) => set({ notice }),
  persistEntry: (id, entry) => {
    const { session, settings } = get();
    if (session === null) return;
    const record = { ...session, settings, updatedAt: Date.now() };
    saveEntryJournaled(record, pairingOf(settings.options), id, entry).catch((error: unknown) => get().reportSaveError(error));
  },
  reportSaveError: (error) => {
    if (get().saveError !== null) return;
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Swapset could not save the review in IndexedDB: ${reason}`);
    set({ saveError: `Your review cannot be saved in this browser (${reason}). Export the session file to keep it.` });
  },
});
