import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the admin reads it out or pastes it once.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password for first sign-in, e.g. "k7Qm-x2Pd-9RvT-wn3E" (four groups of four, ~93 bits). */
export function generateOneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}
