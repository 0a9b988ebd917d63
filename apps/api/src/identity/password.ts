import { hash, verify } from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3). */
export const hashPassword = (password: string): Promise<string> => hash(password);

// Verifying against this when the account does not exist keeps a wrong email as slow as a
// wrong password, so timing does not tell which emails have accounts.
const NO_SUCH_USER = hash('no such user, only here to take the same time');

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(storedHash ?? (await NO_SUCH_USER), password);
  } catch {
    return false;
  }
}
