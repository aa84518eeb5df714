import type { PageSettings, ReviewEntry } from '../state/entries';
import { openDatabase, requestResult, STORES, transactionDone } from './database';

/** An input as a session recognises it: its name and the SHA-256 of its bytes. */
export interface ArchiveIdentity {
  name: string;
  sha256: string;
}

/** A review session: the archives it belongs to and the settings last used with them. */
export interface SessionRecord {
  /** `sessionKeyOf(archives)`. */
  key: string;
  archives: ArchiveIdentity[];
  settings: PageSettings;
  /** Milliseconds since the epoch of the last saved change. */
  updatedAt: number;
}

/** A stored entry, with the keys that place it. */
interface StoredEntry extends ReviewEntry {
  session: string;
  pairing: string;
  id: string;
}

/** A saved session with the number of entries it holds, for the page to offer it again. */
export interface SessionSummary extends SessionRecord {
  entries: number;
}

// getAll in pages of this many records, so that reading a session of 50,000
// entries is split into short tasks.
const READ_PAGE_SIZE = 5000;

/** Returns the session key of archives: their SHA-256s, sorted, so the drop order does not matter. */
export function sessionKeyOf(archives: ArchiveIdentity[]): string {
  return archives
    .map((archive) => archive.sha256)
    .sort()
    .join(',');
}

/** Return the stored session of these archives, or undefined. */
export async function findSession(key: string): Promise<SessionRecord | undefined> {
  const database = await openDatabase();
  const store = database.transaction(STORES.sessions).objectStore(STORES.sessions);
  return (await requestResult(store.get(key))) as SessionRecord | undefined;
}

/** Store a session's record, creating it if needed. */
export async function saveSession(session: SessionRecord): Promise<void> {
  const database = await openDatabase();
  const transaction = database.transaction(STORES.sessions, 'readwrite');
  transaction.objectStore(STORES.sessions).put(session);
  await transactionDone(transaction);
}

/**
 * Store one example's entry, or delete it when `entry` is null, and mark the
 * session as changed, in one transaction.
 */
export async function saveEntry(session: SessionRecord, pairing: string, id: string, entry: ReviewEntry | null): Promise<void> {
  const database = await openDatabase();
  const transaction = database.transaction([STORES.sessions, STORES.entries], 'readwrite');
  transaction.objectStore(STORES.sessions).put(session);
  const entries = transaction.objectStore(STORES.entries);
  if (entry === null) entries.delete([session.key, pairing, id]);
  else entries.put({ ...entry, session: session.key, pairing, id } satisfies StoredEntry);
  await transactionDone(transaction);
}

/** Store many entries of one pairing at once, as an import does. */
export async function saveEntries(session: SessionRecord, pairing: string, changed: Record<string, ReviewEntry>): Promise<void> {
  const database = await openDatabase();
  const transaction = database.transaction([STORES.sessions, STORES.entries], 'readwrite');
  transaction.objectStore(STORES.sessions).put(session);
  const entries = transaction.objectStore(STORES.entries);
  for (const [id, entry] of Object.entries(changed)) {
    entries.put({ ...entry, session: session.key, pairing, id } satisfies StoredEntry);
  }
  await transactionDone(transaction);
}

/** Read the entries of one session and pairing, keyed by example id. */
export async function loadEntries(key: string, pairing: string): Promise<Record<string, ReviewEntry>> {
  const database = await openDatabase();
  const entries: Record<string, ReviewEntry> = {};
  let lower: IDBValidKey = [key, pairing];
  let lowerOpen = false;
  for (;;) {
    const range = IDBKeyRange.bound(lower, [key, pairing, []], lowerOpen, false);
    const store = database.transaction(STORES.entries).objectStore(STORES.entries);
    const page = (await requestResult(store.getAll(range, READ_PAGE_SIZE))) as StoredEntry[];
    for (const stored of page) {
      entries[stored.id] = {
        status: stored.status,
        reason: stored.reason,
        note: stored.note,
        swap: stored.swap,
        swapChosenBy: stored.swapChosenBy,
      };
    }
    if (page.length < READ_PAGE_SIZE) return entries;
    lower = [key, pairing, page[page.length - 1].id];
    lowerOpen = true;
  }
}

/** Delete a session and every entry of it, in every pairing. */
export async function deleteSession(key: string): Promise<void> {
  const database = await openDatabase();
  const transaction = database.transaction([STORES.sessions, STORES.entries], 'readwrite');
  transaction.objectStore(STORES.sessions).delete(key);
  transaction.objectStore(STORES.entries).delete(IDBKeyRange.bound([key], [key, []]));
  await transactionDone(transaction);
}

/** List the saved sessions that hold at least one entry, most recently changed first. */
export async function listSessions(): Promise<SessionSummary[]> {
  const database = await openDatabase();
  const transaction = database.transaction([STORES.sessions, STORES.entries]);
  const sessions = (await requestResult(transaction.objectStore(STORES.sessions).getAll())) as SessionRecord[];
  const summaries: SessionSummary[] = [];
  for (const session of sessions) {
    const range = IDBKeyRange.bound([session.key], [session.key, []]);
    const entries = await requestResult(transaction.objectStore(STORES.entries).count(range));
    if (entries > 0) summaries.push({ ...session, entries });
  }
  return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Read the page's settings as last saved, or undefined. */
export async function loadPageSettings(): Promise<PageSettings | undefined> {
  const database = await openDatabase();
  const store = database.transaction(STORES.settings).objectStore(STORES.settings);
  return (await requestResult(store.get('page'))) as PageSettings | undefined;
}

/** Save the page's settings, which a new set of archives starts with. */
export async function savePageSettings(settings: PageSettings): Promise<void> {
  const database = await openDatabase();
  const transaction = database.transaction(STORES.settings, 'readwrite');
  transaction.objectStore(STORES.settings).put(settings, 'page');
  await transactionDone(transaction);
}
