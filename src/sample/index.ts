/** File name the sample is given, as if GitHub's "Download ZIP" of the repository had been dropped. */
export const SAMPLE_ARCHIVE_NAME = 'inventory-tools-main.zip';

/** Zip the embedded sample repository. Its text and JSZip are loaded on first use. */
export async function buildSampleArchive(): Promise<ArrayBuffer> {
  const { zipSampleFiles } = await import('./sampleArchive');
  return zipSampleFiles();
}
