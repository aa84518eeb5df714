import { SAMPLE_ARCHIVE_NAME, buildSampleArchive } from '../sample';
import { loadInputs } from '../state/loading';
import { archiveList } from '../state/session';
import { useSwapsetStore } from '../state/store';

/** Shows why saving fails, the last session message, and a saved review that the page can continue. */
export function SessionBanner() {
  const saveError = useSwapsetStore((state) => state.saveError);
  const notice = useSwapsetStore((state) => state.notice);
  const setNotice = useSwapsetStore((state) => state.setNotice);
  const saved = useSwapsetStore((state) => state.savedSessions);
  const openKey = useSwapsetStore((state) => state.session?.key ?? null);
  const offered = saved.find((session) => session.key !== openKey);

  if (saveError === null && notice === null && offered === undefined) return null;

  const isSample = offered !== undefined && offered.archives.length === 1 && offered.archives[0].name === SAMPLE_ARCHIVE_NAME;
  const others = saved.filter((session) => session.key !== openKey).length - 1;
  return (
    <section className="session-banner" aria-label="Session">
      {saveError !== null && (
        <p className="banner is-warning" role="alert">
          {saveError}
        </p>
      )}
      {notice !== null && (
        <p className={`banner is-${notice.kind}`} role="status">
          <span>{notice.text}</span>
          <button type="button" className="banner-dismiss" aria-label="Dismiss" onClick={() => setNotice(null)}>
            ×
          </button>
        </p>
      )}
      {offered !== undefined && notice === null && (
        <p className="banner is-info saved-session">
          <span>
            A saved review of {archiveList(offered.archives)} exists: {offered.entries} {offered.entries === 1 ? 'example' : 'examples'}, last
            changed {new Date(offered.updatedAt).toLocaleString()}. Drop the same {offered.archives.length === 1 ? 'archive' : 'archives'} to
            continue it.
            {others > 0 && ` ${others} older saved ${others === 1 ? 'review' : 'reviews'} also exist.`}
          </span>
          {isSample && (
            <button type="button" className="button small" onClick={() => void loadInputs([{ name: SAMPLE_ARCHIVE_NAME, read: buildSampleArchive }])}>
              Load sample
            </button>
          )}
        </p>
      )}
    </section>
  );
}
