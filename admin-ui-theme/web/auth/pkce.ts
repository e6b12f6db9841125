/** RFC 7636 proof key: a random verifier and its S256 challenge, plus the random `state` of the request. */
export interface ProofKey {
  verifier: string;
  challenge: string;
}

export async function createProofKey(): Promise<ProofKey> {
  const verifier = randomToken(32);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return { verifier, challenge: base64Url(new Uint8Array(digest)) };
}

/** `bytes` random bytes, base64url without padding (43 characters for 32 bytes). */
export function randomToken(bytes: number): string {
  const random = new Uint8Array(bytes);
  crypto.getRandomValues(random);
  return base64Url(random);
}

export function base64Url(bytes: Uint8Array): string {
  let binary = "";
  bytes.forEach((byte) => {
    binary += String.fromCharCode(byte);
  });
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
