/** Bounds shared by the API (which enforces them) and the web forms (which show them). */
export const LIMITS = {
  /** JSON request bodies; larger ones are refused with 413 before parsing. */
  jsonBodyBytes: 256 * 1024,
  email: 254,
  name: 200,
  title: 300,
  description: 5000,
  passwordMin: 10,
  passwordMax: 1024,
  pageDefault: 50,
  pageMax: 100,
  cursor: 500,
  /** A treaty imported as text; UNCLOS, the largest fixture, is about 480,000. */
  treatySourceChars: 3_000_000,
  /** JSON bodies of the draft import route, which carry whole treaties. */
  importBodyBytes: 4 * 1024 * 1024,
} as const;
