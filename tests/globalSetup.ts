import { ensureCertificate } from '../src/local/certificate';

/**
 * Node's fetch must trust the local stack's self-signed certificate for real (never by turning
 * verification off). Workers are started after this runs and read NODE_EXTRA_CA_CERTS at start-up.
 */
export async function setup(): Promise<void> {
  const certificate = await ensureCertificate();
  process.env.NODE_EXTRA_CA_CERTS = certificate.certPath;
}
