import { buildSampleArchive, SAMPLE_ARCHIVE_NAME } from '../sample';
import { loadInputs } from '../state/loading';

/** Load the embedded sample repository through the same worker path as a dropped zip. */
export function SampleButton() {
  const loadSample = () => loadInputs([{ name: SAMPLE_ARCHIVE_NAME, read: buildSampleArchive }]);
  return (
    <button type="button" className="button" onClick={() => void loadSample()}>
      Load sample
    </button>
  );
}
