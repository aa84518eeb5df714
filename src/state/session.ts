import { replayJournal } from '../persist/journal';
import {
  deleteSession,
  findSession,
  listSessions,
  loadEntries,
  loadPageSettings,
  sessionKeyOf,
  type ArchiveIdentity,
  type SessionRecord,
} from '../persist/sessions';
import { pairingOf, type ReviewEntry } from './entries';
import { useSwapsetStore } from './store';

let ready: Promise<void> | null = null;

/**
 * Read the saved page settings and the list of saved sessions once. A
 * browser without working IndexedDB still gets a usable page: the failure is
 * shown once, and the review is kept in memory only.
 */
export function whenPersistenceReady(): Promise<void> {
  ready ??= (async () => {
    const store = useSwapsetStore.getState();
    try {
      // Entries that a reload or a crash kept from reaching IndexedDB come first.
      await replayJournal();
      const settings = await loadPageSettings();
      if (settings !== undefined) store.setSettings(settings);
      store.setSavedSessions(await listSessions());
    } catch (error) {
      store.reportSaveError(error);
    }
  })();
  return ready;
}

/** Refresh the list of saved sessions that the page offers; failures are reported once. */
export async function refreshSavedSessions(): Promise<void> {
  try {
    useSwapsetStore.getState().setSavedSessions(await listSessions());
  } catch (error) {
    useSwapsetStore.getState().reportSaveError(error);
  }
}

/**
 * Open the session of these archives: restore its settings and the entries
 * of its current mode and seed, or start a new one with the page's settings.
 */
export async function openSessionFor(archives: ArchiveIdentity[], isCurrent: () => boolean): Promise<void> {
  const store = useSwapsetStore.getState();
  const key = sessionKeyOf(archives);
  let saved: SessionRecord | undefined;
  let entries: Record<string, ReviewEntry> = {};
  if (store.saveError === null) {
    try {
      saved = await findSession(key);
      const settings = saved?.settings ?? store.settings;
      entries = await loadEntries(key, pairingOf(settings.options));
    } catch (error) {
      store.reportSaveError(error);
    }
  }
  if (!isCurrent()) return;

  // The session's settings come back with it, and the notice mentions them when they differ from those in force.
  const settingsChanged = saved !== undefined && JSON.stringify(saved.settings) !== JSON.stringify(store.settings);
  if (saved !== undefined) store.setSettings(saved.settings);
  store.setSession(saved ?? { key, archives, settings: store.settings, updatedAt: Date.now() });
  store.replaceEntries(entries);
  const restored = Object.keys(entries).length > 0 ? [`Restored your saved review of ${archiveList(archives)}: ${describeEntries(entries)}.`] : [];
  if (settingsChanged && saved !== undefined) {
    const { mode, seed } = saved.settings.options;
    restored.push(`The settings saved with ${archiveList(archives)} are in force again (mode ${mode}, seed ${seed}).`);
  }
  if (restored.length > 0) store.setNotice({ kind: 'info', text: restored.join(' ') });
  store.setSavedSessions(store.savedSessions.filter((session) => session.key !== key));
}

/** When a reviewed session is left for other inputs, say where its work is. */
export function announceLeftSession(): void {
  const { session, entries } = useSwapsetStore.getState();
  if (session === null || Object.keys(entries).length === 0) return;
  const names = archiveList(session.archives);
  useSwapsetStore.getState().setNotice({
    kind: 'info',
    text: `Your review of ${names} is saved (${describeEntries(entries)}). Drop ${names} again to continue it.`,
  });
  void refreshSavedSessions();
}

/** Ask, then delete the saved review of the loaded archives and clear its entries. */
export async function startOver(): Promise<void> {
  const store = useSwapsetStore.getState();
  const session = store.session;
  if (session === null) return;
  const confirmed = await store.confirm({
    title: 'Start over?',
    message: [
      `This deletes every decision, note and chosen pair for ${archiveList(session.archives)}, in every mode and seed, from this browser.`,
      'Export the session file first if you may want them back.',
    ],
    confirmLabel: 'Start over',
    destructive: true,
  });
  if (!confirmed) return;
  try {
    await deleteSession(session.key);
  } catch (error) {
    store.reportSaveError(error);
  }
  useSwapsetStore.getState().replaceEntries({});
  useSwapsetStore.getState().setNotice({ kind: 'info', text: `Started over: the review of ${archiveList(session.archives)} was deleted.` });
}

/** Name archives for a message: "a.zip", "a.zip and b.zip", "a.zip, b.zip and c.zip". */
export function archiveList(archives: ArchiveIdentity[]): string {
  const names = archives.map((archive) => archive.name);
  if (names.length <= 1) return names[0] ?? 'no archives';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Describe entries as counts: "3 decisions, 1 note or chosen pair". */
export function describeEntries(entries: Record<string, ReviewEntry>): string {
  let decisions = 0;
  let others = 0;
  for (const entry of Object.values(entries)) {
    if (entry.status === 'unreviewed') others++;
    else decisions++;
  }
  const parts = [`${decisions} ${decisions === 1 ? 'decision' : 'decisions'}`];
  if (others > 0) parts.push(`${others} ${others === 1 ? 'note or chosen pair' : 'notes or chosen pairs'} without a decision`);
  return parts.join(', ');
}
