import { compareArchives, readSessionFile, SessionFileError, writeSessionFile } from '../persist/sessionFile';
import { saveEntries, type ArchiveIdentity } from '../persist/sessions';
import { pairingOf } from './entries';
import { archiveList } from './session';
import { applySettings } from './settings';
import { useSwapsetStore } from './store';

/** Write the current review session as the text of a session file. */
export function exportSessionText(): string {
  const { session, settings, entries } = useSwapsetStore.getState();
  return writeSessionFile({ archives: session?.archives ?? [], settings, entries });
}

/**
 * Import a session file into the loaded archives' session. A dialog lists
 * what the file contains and which archives do not match, and nothing is
 * imported unless the user confirms. The file's settings are put in force, and its
 * entries replace the current ones of the same examples.
 */
export async function importSessionFile(file: File): Promise<void> {
  const store = useSwapsetStore.getState();
  const session = store.session;
  if (session === null) return;

  let contents;
  try {
    contents = readSessionFile(await file.text(), file.name);
  } catch (error) {
    const message = error instanceof SessionFileError ? error.message : `${file.name} could not be read (${String(error)}).`;
    store.setNotice({ kind: 'warning', text: message });
    return;
  }

  const mismatch = compareArchives(session.archives, contents.archives);
  const matches = mismatch.missing.length === 0 && mismatch.extra.length === 0;
  const ids = Object.keys(contents.entries);
  const replaced = ids.filter((id) => Object.hasOwn(store.entries, id)).length;
  const message = matches
    ? [`${file.name} was made for the loaded archives (${archiveList(session.archives)}).`]
    : [`${file.name} does not match the loaded archives. Its decisions apply only to examples of archives with the same name and SHA-256.`];
  message.push(
    `It holds ${ids.length} ${ids.length === 1 ? 'entry' : 'entries'} and sets mode ${contents.settings.options.mode}, seed ${contents.settings.options.seed}.` +
      (replaced > 0 ? ` It replaces your current entries of ${replaced} ${replaced === 1 ? 'example' : 'examples'}.` : ''),
  );
  const confirmed = await store.confirm({
    title: 'Import review session?',
    message,
    details: [...mismatch.missing.map((archive) => `Missing here: ${describe(archive)}`), ...mismatch.extra.map((archive) => `Loaded but not in the file: ${describe(archive)}`)],
    confirmLabel: matches ? 'Import' : 'Import anyway',
    destructive: !matches || replaced > 0,
  });
  if (!confirmed) return;

  await applySettings(contents.settings);
  const current = useSwapsetStore.getState();
  current.replaceEntries({ ...current.entries, ...contents.entries });
  try {
    await saveEntries({ ...session, settings: contents.settings, updatedAt: Date.now() }, pairingOf(contents.settings.options), contents.entries);
  } catch (error) {
    current.reportSaveError(error);
  }
  current.setNotice({ kind: 'info', text: `Imported ${ids.length} ${ids.length === 1 ? 'entry' : 'entries'} from ${file.name}.` });
}

function describe(archive: ArchiveIdentity): string {
  return `${archive.name} (SHA-256 ${archive.sha256})`;
}
