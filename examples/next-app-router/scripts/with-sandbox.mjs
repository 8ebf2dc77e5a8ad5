// `npm start` / `npm run dev`: runs `next start` (or `next dev`) against Talon.One. TALON_BASE_URL and
// TALON_API_KEY name a deployment; without them, the embedded Talon.One sandbox (talon-react/mock) starts here with
// its demo data, on a loopback port, as a stand-in for it. Extra arguments go to Next (`npm start -- -p 4000`).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { demoSeed, startTalonSandboxServer } from 'talon-react/mock';

const env = { ...process.env };
let sandbox;
if (!env.TALON_BASE_URL) {
  env.TALON_API_KEY = randomBytes(16).toString('hex');
  sandbox = await startTalonSandboxServer({ apiKey: env.TALON_API_KEY, seed: demoSeed(), onError: console.error });
  env.TALON_BASE_URL = sandbox.url;
  console.log(`Talon.One: the embedded sandbox with demo data at ${sandbox.url}`);
}
// The proxy's sessionSecret, and the app's for minting cart IDs (proxy.ts). Set your own to keep carts across restarts.
env.TALON_SESSION_SECRET ||= randomBytes(32).toString('hex');

const [command = 'next', ...args] = process.argv.slice(2);
const next = spawn(command, args, { stdio: 'inherit', env });
const stop = (signal) => next.kill(signal);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
next.on('exit', async (code, signal) => {
  await sandbox?.close();
  process.exit(code ?? (signal ? 1 : 0));
});
