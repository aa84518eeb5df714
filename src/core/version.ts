/** Swapset's version, as in package.json; written into every export's manifest. */
export const SWAPSET_VERSION = '0.1.0';
