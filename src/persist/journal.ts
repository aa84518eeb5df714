import type { ReviewEntry } from '../state/entries';
import { saveEntry, type SessionRecord } from './sessions';

// IndexedDB commits asynchronously, and a reload or a closed tab can abort a
// transaction that is still running. Each entry write is therefore first
// appended here, synchronously, to localStorage, and removed once IndexedDB
// has committed it. On the next start, whatever is left is written again.

const JOURNAL_KEY = 'swapset-journal-v1';

/** One entry write that IndexedDB may not have committed yet. */
interface JournalRecord {
  sequence: number;
  session: SessionRecord;
  pairing: string;
  id: string;
  entry: ReviewEntry | null;
}

let nextSequence = Date.now();

function read(): JournalRecord[] {
  try {
    const text = localStorage.getItem(JOURNAL_KEY);
    return text === null ? [] : (JSON.parse(text) as JournalRecord[]);
  } catch {
    return [];
  }
}

function write(records: JournalRecord[]): void {
  if (records.length === 0) localStorage.removeItem(JOURNAL_KEY);
  else localStorage.setItem(JOURNAL_KEY, JSON.stringify(records));
}

/**
 * Save an entry: journal it, write it to IndexedDB, then drop it from the
 * journal. Rejects when IndexedDB fails; the journal keeps the write then.
 */
export async function saveEntryJournaled(session: SessionRecord, pairing: string, id: string, entry: ReviewEntry | null): Promise<void> {
  const sequence = nextSequence++;
  try {
    write([...read(), { sequence, session, pairing, id, entry }]);
  } catch (error) {
    // localStorage full or switched off: IndexedDB alone still saves the entry.
    console.error(`Swapset could not journal the entry of ${id}: ${String(error)}`);
  }
  await saveEntry(session, pairing, id, entry);
  try {
    write(read().filter((record) => record.sequence !== sequence));
  } catch (error) {
    console.error(`Swapset could not clear the journal: ${String(error)}`);
  }
}

/**
 * Write the journal's entries to IndexedDB, oldest first, and clear it.
 *
 * NOTE: a second tab that starts while the first is saving can write one of
 * the first tab's entries again after a newer one. The window is the few
 * milliseconds of one IndexedDB transaction.
 */
export async function replayJournal(): Promise<void> {
  const records = read().sort((a, b) => a.sequence - b.sequence);
  for (const record of records) await saveEntry(record.session, record.pairing, record.id, record.entry);
  const replayed = new Set(records.map((record) => record.sequence));
  write(read().filter((record) => !replayed.has(record.sequence)));
}
