#!/usr/bin/env node
// bench/node_sdk.py's baseline: Alipay's official Node SDK (alipay-sdk, as pinned in
// interop/node) makes the same call the SDK does, against the same emulator, and reports its
// own CPU time per call (process.cpuUsage: user + system), after a warm-up.
//   node node_calls.mjs ENV_FILE CALLS WARMUP
// ENV_FILE is the emulator's emulator.env (ALIPAY_* settings). Prints one JSON line.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [envFile, calls, warmup] = process.argv.slice(2);
const nodeDir = process.env.INTEROP_NODE_DIR;
const require = createRequire(join(nodeDir, 'package.json'));
const { AlipaySdk } = await import(pathToFileURL(require.resolve('alipay-sdk')).href);

const env = {};
for (const line of readFileSync(envFile, 'utf8').split('\n')) {
  const eq = line.indexOf('=');
  if (eq > 0 && !line.startsWith('#')) env[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
}
const privateKey = readFileSync(env.ALIPAY_PRIVATE_KEY_FILE, 'utf8');
const sdk = new AlipaySdk({
  appId: env.ALIPAY_APP_ID,
  privateKey,
  keyType: privateKey.includes('BEGIN RSA PRIVATE KEY') ? 'PKCS1' : 'PKCS8',
  alipayPublicKey: readFileSync(env.ALIPAY_PUBLIC_KEY_FILE, 'utf8'),
  endpoint: env.ALIPAY_BASE_URL.replace(/\/+$/, ''),
  timeout: 15000,
});
const query = JSON.parse(process.env.BENCH_QUERY);
const path = process.env.BENCH_PATH;

async function call() {
  const result = await sdk.curl('GET', path, { query });
  if (result.responseHttpStatus !== 200) throw new Error(`HTTP ${result.responseHttpStatus}`);
}

for (let i = 0; i < Number(warmup); i++) await call();
const start = process.cpuUsage();
for (let i = 0; i < Number(calls); i++) await call();
const used = process.cpuUsage(start);
console.log(JSON.stringify({ cpu_us_per_call: (used.user + used.system) / Number(calls) }));
