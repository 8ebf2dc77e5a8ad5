// Proxies in processes of their own (test/proxy/proxyProcess.mjs): instances of one deployment that share nothing
// in memory, only what they share on the network (Talon.One, Redis).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ProxyProcessConfig {
  baseUrl: string;
  apiKey: string;
  redis?: { url: string; limit: number; windowMs: number; onStoreFailure?: 'open' | 'closed'; prefix?: string };
}

export interface ProxyProcess {
  /** Where the kit's client points: the proxy's origin and base path. */
  readonly url: string;
  /** What the proxy's `onError` heard, in order. */
  readonly errors: string[];
  close(): Promise<void>;
}

const script = fileURLToPath(new URL('./proxyProcess.mjs', import.meta.url));

export async function startProxyProcess(config: ProxyProcessConfig): Promise<ProxyProcess> {
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...process.env, TALON_PROXY_CONFIG: JSON.stringify(config) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const errors: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the proxy process exited with ${code} before listening`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as { url?: string; error?: string };
      if (message.url) resolve(message.url);
      if (message.error) errors.push(message.error);
    });
  });
  return {
    url,
    errors,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.stdin?.end();
        setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
      }),
  };
}
