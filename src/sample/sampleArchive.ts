import JSZip from 'jszip';

// Every file under ./files/, as text, keyed like './files/inventory-tools-main/README.md'.
const sampleFiles = import.meta.glob<string>('./files/**/*', { query: '?raw', import: 'default', eager: true });

const FILES_PREFIX = './files/';

// A fixed modification time keeps the generated zip identical between loads,
// so a saved review of the sample is found again by its SHA-256. JSZip would
// add folder entries stamped with the current time, so none are created.
const ENTRY_DATE = new Date(Date.UTC(2024, 4, 1, 12, 0, 0));

/** Zip the files under ./files/ with their paths relative to that folder. */
export async function zipSampleFiles(): Promise<ArrayBuffer> {
  const zip = new JSZip();
  for (const key of Object.keys(sampleFiles).sort()) {
    zip.file(key.slice(FILES_PREFIX.length), sampleFiles[key], { date: ENTRY_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}
