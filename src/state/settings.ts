import { loadEntries, savePageSettings, saveSession } from '../persist/sessions';
import { pairingOf, type PageSettings } from './entries';
import { reparse, reselect } from './loading';
import { useSwapsetStore } from './store';

/**
 * Put new settings in force and save them. Another mode, seed or maximum of
 * tokens parses the inputs again; other selection settings select again
 * without parsing. Returns once the review entries fit the new settings; the
 * parse itself goes on in the background.
 */
export async function applySettings(next: PageSettings): Promise<void> {
  const store = useSwapsetStore.getState();
  const previous = store.settings;
  store.setSettings(next);
  void saveSettings(next);

  if (store.status === 'idle' || store.inputNames.length === 0) return;
  const optionsChanged = JSON.stringify(previous.options) !== JSON.stringify(next.options);
  const selectionChanged = JSON.stringify(previous.selection) !== JSON.stringify(next.selection);

  if (optionsChanged) {
    // Entries belong to a mode and seed; those of the old ones stay saved and come back with them.
    const session = store.session;
    if (session !== null && pairingOf(previous.options) !== pairingOf(next.options)) {
      let entries = {};
      try {
        entries = await loadEntries(session.key, pairingOf(next.options));
      } catch (error) {
        store.reportSaveError(error);
      }
      useSwapsetStore.getState().replaceEntries(entries);
    }
    void reparse();
  } else if (selectionChanged) {
    void reselect().catch((error: unknown) => console.error(`Swapset could not select the examples again: ${String(error)}`));
  }
}

async function saveSettings(settings: PageSettings): Promise<void> {
  const store = useSwapsetStore.getState();
  if (store.saveError !== null) return;
  try {
    await savePageSettings(settings);
    if (store.session !== null) await saveSession({ ...store.session, settings, updatedAt: Date.now() });
  } catch (error) {
    store.reportSaveError(error);
  }
}
