/** File names that hold a repository's licence, matched case-insensitively. */
const LICENCE_FILE = /^(licen[cs]e|copying)([._-].*)?$/i;

/** Return whether a zip entry is a licence file at the archive's root or in its one top-level folder. */
export function isLicenceFile(path: string): boolean {
  const parts = path.split('/');
  return parts.length <= 2 && LICENCE_FILE.test(parts[parts.length - 1]);
}

// Phrases that identify common licences, checked in this order (most specific first).
const SIGNATURES: Array<[string, RegExp]> = [
  ['AGPL-3.0', /GNU AFFERO GENERAL PUBLIC LICENSE/i],
  ['LGPL-3.0', /GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3/i],
  ['LGPL-2.1', /GNU LESSER GENERAL PUBLIC LICENSE\s+Version 2\.1/i],
  ['GPL-3.0', /GNU GENERAL PUBLIC LICENSE\s+Version 3/i],
  ['GPL-2.0', /GNU GENERAL PUBLIC LICENSE\s+Version 2/i],
  ['Apache-2.0', /Apache License,?\s+Version 2\.0/i],
  ['MPL-2.0', /Mozilla Public License,?\s+(Version|v\.?)\s*2\.0/i],
  ['PSF-2.0', /PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2/i],
  ['BSD-3-Clause', /Neither the name of .{0,200} nor the names of/is],
  ['BSD-2-Clause', /Redistributions in binary form must reproduce/i],
  ['MIT', /Permission is hereby granted, free of charge, to any person obtaining a copy/i],
  ['ISC', /Permission to use, copy, modify, and\/or distribute this software for any purpose/i],
  ['Unlicense', /This is free and unencumbered software released into the public domain/i],
];

/** Name the licence in a licence file's text by its SPDX identifier, or "unknown". */
export function detectLicence(text: string): string {
  for (const [identifier, signature] of SIGNATURES) {
    if (signature.test(text)) return identifier;
  }
  return 'unknown';
}
