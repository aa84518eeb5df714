// A small promise wrapper around the plain IndexedDB API. The database keeps
// the review sessions; parse output and editor models are never stored.

/** Name of the IndexedDB database. */
export const DATABASE_NAME = 'swapset';

/** Schema version; raise it and add a step to `migrateDatabase` when the stores change. */
export const DATABASE_VERSION = 1;

/** Object store names. */
export const STORES = {
  /** The page's settings, under the key `page`. */
  settings: 'settings',
  /** One record per set of archives, keyed by their SHA-256s. */
  sessions: 'sessions',
  /** One record per reviewed example, keyed by [session, pairing, example id]. */
  entries: 'entries',
} as const;

let opening: Promise<IDBDatabase> | null = null;

/**
 * Bring a database of `oldVersion` (0 when new) up to DATABASE_VERSION. Each
 * step upgrades from the version before it, so an old database runs every
 * step after its own.
 */
export function migrateDatabase(database: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    database.createObjectStore(STORES.settings);
    database.createObjectStore(STORES.sessions, { keyPath: 'key' });
    database.createObjectStore(STORES.entries, { keyPath: ['session', 'pairing', 'id'] });
  }
}

/** Open the database once, creating or upgrading it. A failed open is retried on the next call. */
export function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('this browser has no IndexedDB'));
      return;
    }
    const request = indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
    request.onupgradeneeded = (event) => migrateDatabase(request.result, event.oldVersion);
    request.onsuccess = () => {
      const database = request.result;
      // Another tab with a newer version wants to upgrade: let it, and open again on the next call.
      database.onversionchange = () => {
        database.close();
        opening = null;
      };
      resolve(database);
    };
    request.onerror = () => reject(request.error ?? new Error(`opening the ${DATABASE_NAME} database failed`));
    request.onblocked = () => reject(new Error('another Swapset tab has an older version of the database open; close that tab and reload'));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Resolve with a request's result, or reject with its error. */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('an IndexedDB request failed'));
  });
}

/** Resolve when a transaction has committed, or reject when it fails or is aborted. */
export function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('an IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('an IndexedDB transaction was aborted'));
  });
}
