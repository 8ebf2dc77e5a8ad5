import { randomBytes } from 'node:crypto';
import { demoSeed, startTalonSandboxServer } from 'talon-react/mock';

/** Where the proxy finds Talon.One, and what it sends there. */
export interface TalonUpstream {
  baseUrl: string;
  apiKey: string;
  close(): Promise<void>;
}

/**
 * The Talon.One deployment that TALON_BASE_URL and TALON_API_KEY name; without them, the embedded Talon.One sandbox
 * (talon-react/mock) with its demo data, on a loopback port of this process, as a stand-in for it.
 */
export async function talonUpstream(env: NodeJS.ProcessEnv): Promise<TalonUpstream> {
  const { TALON_BASE_URL: baseUrl, TALON_API_KEY: apiKey } = env;
  if (baseUrl && apiKey) return { baseUrl, apiKey, close: async () => {} };
  if (baseUrl || apiKey) throw new Error('Set both TALON_BASE_URL and TALON_API_KEY, or neither for the sandbox.');
  const sandboxKey = randomBytes(16).toString('hex');
  const sandbox = await startTalonSandboxServer({ apiKey: sandboxKey, seed: demoSeed(), onError: console.error });
  console.log(`Talon.One: the embedded sandbox with demo data at ${sandbox.url}`);
  return { baseUrl: sandbox.url, apiKey: sandboxKey, close: () => sandbox.close() };
}
