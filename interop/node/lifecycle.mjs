#!/usr/bin/env node
// Alipay's official Node SDK (npm alipay-sdk, pinned in package.json) drives a gateway -
// normally the alipay_innerversion emulator - through the whole release lifecycle of the
// alipay.open.mini.innerversion group. Every answer goes through the SDK's own v3 code:
// AlipaySdk#curl verifies the response signature (and the alipay-sn in certificate mode)
// and, for requests sent with needEncrypt, decrypts the body. Nothing here re-implements
// signing, verification or encryption.
//
// Settings come from the environment (the ALIPAY_* variables the emulator's --keys-dir
// writes to emulator.env), or from that file with --env-file:
//   ALIPAY_BASE_URL            the gateway, e.g. http://127.0.0.1:8900
//   ALIPAY_APP_ID              the app id
//   ALIPAY_PRIVATE_KEY_FILE    the app private key (PEM, PKCS#8 or PKCS#1, or bare base64)
//   ALIPAY_PUBLIC_KEY_FILE     the Alipay public key (public key mode)
//   ALIPAY_APP_CERT_FILE, ALIPAY_PUBLIC_CERT_FILE, ALIPAY_ROOT_CERT_FILE
//                              certificate mode (used when ALIPAY_APP_CERT_FILE is set)
//   ALIPAY_ENCRYPT_KEY         base64 AES key: requests with a body are sent encrypted
//
// Prints one line per step ("ok", "FAIL", "note") and exits 1 at the first failure with a
// one-line reason (--keep-going: finish the other scenarios first), 2 on bad settings.
// NODE_DEBUG=alipay-sdk shows the SDK's raw requests and responses.

import { createHash, createPrivateKey, generateKeyPairSync, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { AlipaySdk } from 'alipay-sdk';

const PREFIX = '/v3/alipay/open/mini/innerversion';
const SDK_VERSION = createRequire(import.meta.url)('alipay-sdk/package.json').version;

const USAGE = `usage: node lifecycle.mjs [--env-file FILE] [--scenario NAME[,NAME...]] [--keep-going]
                         [--app-origin AAA] [--bundle-id ID] [--template-id ID] [--pid PID]
                         [--poll-delay MS] [--list]
Settings: ALIPAY_BASE_URL, ALIPAY_APP_ID, ALIPAY_PRIVATE_KEY_FILE, ALIPAY_PUBLIC_KEY_FILE
(or ALIPAY_APP_CERT_FILE + ALIPAY_PUBLIC_CERT_FILE + ALIPAY_ROOT_CERT_FILE), ALIPAY_ENCRYPT_KEY.`;

class SettingsError extends Error {}

class StepFailed extends Error {}

// -- settings ----------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = {
    envFile: null,
    scenarios: null,
    keepGoing: false,
    appOrigin: 'AAA',
    bundleId: 'com.alipay.alipaywallet',
    templateId: '2021009900000002',
    pid: '2088000000000001',
    pollDelay: 20,
    list: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new SettingsError(`${name} needs a value`);
      return argv[++i];
    };
    switch (name) {
      case '--env-file': opts.envFile = value(); break;
      case '--scenario': opts.scenarios = value().split(',').map((s) => s.trim()).filter(Boolean); break;
      case '--keep-going': opts.keepGoing = true; break;
      case '--app-origin': opts.appOrigin = value(); break;
      case '--bundle-id': opts.bundleId = value(); break;
      case '--template-id': opts.templateId = value(); break;
      case '--pid': opts.pid = value(); break;
      case '--poll-delay': opts.pollDelay = Number(value()); break;
      case '--list': opts.list = true; break;
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new SettingsError(`unknown argument ${arg}\n${USAGE}`);
    }
  }
  if (!Number.isFinite(opts.pollDelay) || opts.pollDelay < 0) throw new SettingsError('--poll-delay must be >= 0');
  return opts;
}

function readEnvFile(path) {
  const env = {};
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SettingsError(`cannot read --env-file ${path}: ${err.message}`);
  }
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
      value = value.slice(1, -1);
    }
    env[line.slice(0, eq).trim()] = value;
  }
  return env;
}

function settings(opts) {
  // The process environment wins over the file, as with dotenv.
  const env = { ...(opts.envFile ? readEnvFile(opts.envFile) : {}), ...process.env };
  const need = (name) => {
    const value = (env[name] ?? '').trim();
    if (!value) throw new SettingsError(`${name} is not set (see --help)`);
    return value;
  };
  const file = (name) => {
    const path = need(name);
    try {
      return { path, text: readFileSync(path, 'utf8') };
    } catch (err) {
      throw new SettingsError(`${name}: cannot read ${path}: ${err.message}`);
    }
  };
  const baseUrl = need('ALIPAY_BASE_URL').replace(/\/+$/, '');
  const appId = need('ALIPAY_APP_ID');
  const privateKey = file('ALIPAY_PRIVATE_KEY_FILE').text;
  const config = {
    appId,
    privateKey,
    keyType: privateKeyType(privateKey),
    endpoint: baseUrl,
    timeout: 15000,
  };
  const certMode = Boolean((env.ALIPAY_APP_CERT_FILE ?? '').trim());
  if (certMode) {
    // The SDK computes app_cert_sn, alipay-root-cert-sn and the Alipay cert SN from these
    // files and takes the Alipay public key out of the Alipay certificate.
    config.appCertPath = file('ALIPAY_APP_CERT_FILE').path;
    config.alipayPublicCertPath = file('ALIPAY_PUBLIC_CERT_FILE').path;
    config.alipayRootCertPath = file('ALIPAY_ROOT_CERT_FILE').path;
  } else {
    config.alipayPublicKey = file('ALIPAY_PUBLIC_KEY_FILE').text;
  }
  const encryptKey = (env.ALIPAY_ENCRYPT_KEY ?? '').trim();
  if (encryptKey) config.encryptKey = encryptKey;
  const mode = `${certMode ? 'cert' : 'rsa'}${encryptKey ? '+aes' : ''}`;
  return { config, baseUrl, appId, mode, aes: Boolean(encryptKey) };
}

// The SDK wraps a key in the PEM armour of config.keyType (default PKCS1): say which it is.
function privateKeyType(text) {
  if (text.includes('BEGIN RSA PRIVATE KEY')) return 'PKCS1';
  if (text.includes('BEGIN PRIVATE KEY')) return 'PKCS8';
  const der = Buffer.from(text.replace(/\s+/g, ''), 'base64');
  try {
    createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    return 'PKCS8';
  } catch {
    return 'PKCS1';
  }
}

// -- a mini program package ----------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// A zip (stored entries, no compression) of the given files.
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBuf = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function miniProgramPackage(version) {
  return zip({
    'app.json': JSON.stringify({ pages: ['pages/index/index'], window: { defaultTitle: 'Interop' } }),
    'app.js': 'App({});\n',
    'pages/index/index.axml': `<view>interop ${version}</view>\n`,
    'pages/index/index.js': 'Page({});\n',
  });
}

// -- calling through the SDK ---------------------------------------------------------------

class Runner {
  constructor(opts, env) {
    this.opts = opts;
    this.env = env;
    this.sdk = new AlipaySdk({ ...env.config });
    this.stepNo = 0;
    this.scenario = '';
    this.notes = 0;
  }

  // One call through AlipaySdk#curl. POST/DELETE bodies are encrypted in AES mode (the SDK
  // declares alipay-encrypt-type: AES and decrypts the answer); GETs are sent plain: the
  // SDK declares no encryption on a GET, so a gateway answers them in plain JSON.
  async call(method, op, { body, query } = {}) {
    const options = {};
    if (body !== undefined) options.body = body;
    if (query !== undefined) options.query = query;
    if (this.env.aes && method !== 'GET') options.needEncrypt = true;
    const result = await this.sdk.curl(method, `${PREFIX}/${op}`, options);
    if (result.responseHttpStatus < 200 || result.responseHttpStatus >= 300) {
      throw new StepFailed(`${method} ${op}: HTTP ${result.responseHttpStatus} was taken as a success`);
    }
    if (result.data === null || typeof result.data !== 'object' || Array.isArray(result.data)) {
      throw new StepFailed(`${method} ${op}: the answer is not a JSON object: ${short(JSON.stringify(result.data))}`);
    }
    return result.data;
  }

  // A call that must be refused with `code` (the SDK throws AlipayRequestError for >= 400).
  async refused(method, op, args, code) {
    let data;
    try {
      data = await this.call(method, op, args);
    } catch (err) {
      if (err instanceof StepFailed) throw err;
      if (err?.name === 'AlipayRequestError' && err.responseHttpStatus >= 400) {
        if (err.code === code) return `${code} (HTTP ${err.responseHttpStatus})`;
        throw new StepFailed(`expected ${code}, got ${describe(err, method, op)}`);
      }
      throw err;
    }
    throw new StepFailed(`expected ${code}, but ${method} ${op} succeeded: ${short(JSON.stringify(data))}`);
  }

  async step(label, fn) {
    const no = ++this.stepNo;
    const started = performance.now();
    let detail;
    try {
      detail = await fn();
    } catch (err) {
      const reason = err instanceof StepFailed ? err.message : describe(err);
      console.log(`FAIL ${pad(no)} ${this.scenario}: ${label}: ${reason}`);
      throw new StepFailed(`step ${no} (${this.scenario}: ${label}): ${reason}`);
    }
    const ms = Math.round(performance.now() - started);
    console.log(`ok   ${pad(no)} ${this.scenario}: ${label}${detail ? ` -> ${detail}` : ''} (${ms} ms)`);
    return detail;
  }

  note(text) {
    this.notes++;
    console.log(`note    ${this.scenario}: ${text}`);
  }

  base(mini) {
    return { app_origin: this.opts.appOrigin, bundle_id: this.opts.bundleId, mini_app_id: mini };
  }

  // The same for the operations whose model has a pid (the mini program's owner).
  owned(mini) {
    return { ...this.base(mini), pid: this.opts.pid };
  }

  // -- composite steps -------------------------------------------------------------------

  async upload(mini, version) {
    const pkg = miniProgramPackage(version);
    const data = await this.call('POST', 'upload', {
      body: {
        ...this.base(mini),
        build_version: version,
        build_package_stream: pkg.toString('base64'),
        build_package_md_5: createHash('md5').update(pkg).digest('hex'),
        build_app_type: 'tinyApp',
        build_main_url: '/index.html#pages/index/index',
        build_extra_info: JSON.stringify({ tinycliVersion: '1.0.0' }),
      },
    });
    expectString(data, 'package_id');
    return data.package_id;
  }

  async waitBuild(mini, version, packageId) {
    const seen = [];
    for (let poll = 1; poll <= 20; poll++) {
      const data = await this.call('GET', 'uploadstatus/query', {
        query: { build_package_id: packageId, mini_app_id: mini, build_version: version, bundle_id: this.opts.bundleId },
      });
      const status = String(data.build_status ?? '');
      seen.push(status);
      if (status === '2') {
        if (String(data.need_rotation).toLowerCase() === 'true') {
          throw new StepFailed('build_status 2 (succeeded) but need_rotation is still true');
        }
        return `build_status ${seen.join(' -> ')} in ${poll} polls`;
      }
      if (status === '3' || status === '5') {
        throw new StepFailed(`the build ended with build_status ${status}: ${data.build_info ?? ''}`);
      }
      await sleep(this.opts.pollDelay);
    }
    throw new StepFailed(`the build did not finish in 20 polls (build_status ${seen.join(', ')})`);
  }

  async build(mini, version) {
    const packageId = await this.step(`upload ${version} (base64 zip)`, async () => this.upload(mini, version));
    await this.step(`uploadstatus/query ${version} until built`, async () => this.waitBuild(mini, version, packageId));
  }

  info(mini, version) {
    return this.call('GET', 'info/query', {
      query: { mini_app_id: mini, app_version: version, bundle_id: this.opts.bundleId, app_origin: this.opts.appOrigin },
    });
  }

  // info/query must show `status` (and the fields named in `fields` filled in).
  async expectStatus(mini, version, status, fields = []) {
    return this.step(`info/query ${version} is ${status}`, async () => {
      const data = await this.info(mini, version);
      if (data.status !== status) {
        throw new StepFailed(`status is ${JSON.stringify(data.status)}, expected ${status}${data.reject_reason ? ` (reject_reason: ${data.reject_reason})` : ''}`);
      }
      if (data.app_version !== undefined && data.app_version !== version) {
        throw new StepFailed(`app_version is ${JSON.stringify(data.app_version)}, expected ${version}`);
      }
      for (const field of fields) expectString(data, field);
      return fields.length ? fields.map((f) => `${f}=${data[f]}`).join(' ') : '';
    });
  }

  submitBody(mini, version) {
    return {
      body: {
        ...this.owned(mini),
        app_version: version,
        app_name: 'Interop Demo',
        app_english_name: 'interopdemo',
        app_slogan: 'An interoperability test app',
        app_desc: 'A mini program submitted by the interoperability test of the SDK with the emulator.',
        version_desc: `Version ${version}: submitted by Alipay's Node SDK driving the emulator through the release lifecycle.`,
        app_logo: 'https://example.invalid/logo.png',
        screen_shot_list: ['https://example.invalid/1.png', 'https://example.invalid/2.png'],
        app_category_ids: '107211_107427',
        mini_category_ids: 'XS1001_XS2001_XS3002',
        service_phone: '13110101010',
        service_email: 'interop@example.invalid',
        memo: 'interop',
      },
    };
  }

  submit(mini, version) {
    return this.call('POST', 'audit/submit', this.submitBody(mini, version));
  }

  // Poll info/query until the reviewer approved: AUDITING first, then WAIT_RELEASE.
  async waitApproved(mini, version) {
    return this.step(`info/query ${version} until WAIT_RELEASE`, async () => {
      const seen = [];
      for (let poll = 1; poll <= 10; poll++) {
        const data = await this.info(mini, version);
        seen.push(data.status);
        if (data.status === 'WAIT_RELEASE') return `${seen.join(' -> ')} in ${poll} reads`;
        if (data.status !== 'AUDITING') {
          throw new StepFailed(`status ${JSON.stringify(data.status)} while waiting for the review (seen: ${seen.join(', ')})${data.reject_reason ? `, reject_reason: ${data.reject_reason}` : ''}`);
        }
        await sleep(this.opts.pollDelay);
      }
      throw new StepFailed(`still ${seen.at(-1)} after 10 reads`);
    });
  }

  batch(mini, statuses, pageSize = '10') {
    return this.call('POST', 'condition/batchquery', {
      body: { ...this.base(mini), version_status: statuses, page_num: '1', page_size: pageSize },
    });
  }

  async expectListed(mini, statuses, version, status, present = true) {
    return this.step(`condition/batchquery ${statuses} ${present ? 'lists' : 'does not list'} ${version}`, async () => {
      const data = await this.batch(mini, statuses);
      const list = data.mini_version_base_info_list ?? [];
      if (!Array.isArray(list)) throw new StepFailed('mini_version_base_info_list is not an array');
      const found = list.find((item) => item?.app_version === version);
      if (present && !found) {
        throw new StepFailed(`${version} is not in ${short(JSON.stringify(list))}`);
      }
      if (!present && found) throw new StepFailed(`${version} is still listed: ${JSON.stringify(found)}`);
      if (present && status && found.status !== status) {
        throw new StepFailed(`${version} has status ${JSON.stringify(found.status)}, expected ${status}`);
      }
      return `${list.length} version(s): ${list.map((i) => `${i.app_version}:${i.status}`).join(' ')}`;
    });
  }
}

// -- scenarios -----------------------------------------------------------------------------

function miniIds() {
  // Fresh mini program ids for every run, so a rerun against a running gateway starts clean.
  const run = String(randomInt(1e8, 1e9));
  const id = (n) => `2021${run}${String(n).padStart(3, '0')}`;
  return { verify: id(0), legacy: id(1), main: id(2), template: id(3), nobuild: id(4), plugin: id(5), invitee: id(6) };
}

const SCENARIOS = {
  // The other scenarios mean something only if verification is real: the SDK refuses an
  // answer when it expects another signer (in certificate mode also another alipay-sn), the
  // gateway refuses a request the SDK signed with another key, and an app auth token (the
  // signed fifth line) passes.
  async verification(r, ids) {
    const mini = ids.verify;
    const upload = async (sdk, version) => {
      const pkg = miniProgramPackage(version);
      const options = { body: { ...r.base(mini), build_version: version, build_package_stream: pkg.toString('base64') } };
      if (r.env.aes) options.needEncrypt = true;
      return sdk.curl('POST', `${PREFIX}/upload`, options);
    };
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }); // neither the app's nor Alipay's
    const expectRejected = async (sdk, version, code) => {
      try {
        await upload(sdk, version);
      } catch (err) {
        if (err?.name === 'AlipayRequestError' && err.code === code) return `${code} (HTTP ${err.responseHttpStatus})`;
        throw new StepFailed(`expected the SDK to fail with ${code}, got ${describe(err)}`);
      }
      throw new StepFailed(`the SDK accepted the answer although it expected ${code}`);
    };
    await r.step('the SDK accepts the gateway\'s signature', async () => {
      const result = await upload(r.sdk, '0.0.1');
      expectString(result.data, 'package_id');
      return `HTTP ${result.responseHttpStatus}${r.env.aes ? ', body decrypted' : ''}`;
    });
    await r.step('the SDK rejects the answer when configured with another Alipay public key', async () => {
      const other = new AlipaySdk({ ...r.env.config });
      other.config.alipayPublicKey = stranger.publicKey.export({ type: 'spki', format: 'pem' });
      return expectRejected(other, '0.0.2', 'response-signature-verify-error');
    });
    await r.step('the gateway refuses a request signed with another app key', async () => {
      const privateKey = stranger.privateKey.export({ type: 'pkcs8', format: 'pem' });
      const other = new AlipaySdk({ ...r.env.config, privateKey, keyType: 'PKCS8' });
      return expectRejected(other, '0.0.4', 'invalid-signature');
    });
    await r.step('a call on behalf of a merchant (appAuthToken, signed as the last line)', async () => {
      const pkg = miniProgramPackage('0.0.5');
      const options = {
        body: { ...r.base(mini), build_version: '0.0.5', build_package_stream: pkg.toString('base64') },
        appAuthToken: '202401BBinteropmerchanttoken0001',
      };
      if (r.env.aes) options.needEncrypt = true;
      const result = await r.sdk.curl('POST', `${PREFIX}/upload`, options);
      expectString(result.data, 'package_id');
      return `HTTP ${result.responseHttpStatus}`;
    });
    if (r.sdk.config.alipayCertSn) {
      await r.step('the SDK rejects the answer when it expects another alipay-sn', async () => {
        const other = new AlipaySdk({ ...r.env.config });
        other.config.alipayCertSn = '0'.repeat(32);
        return expectRejected(other, '0.0.3', 'response-alipay-sn-verify-error');
      });
    }
  },

  // The operations the emulator served first: upload, uploadstatus, the older online, sync, upgrade.
  async legacy(r, ids) {
    const mini = ids.legacy;
    await r.build(mini, '0.1.0');
    await r.step('upload 0.1.0 again is refused', () => r.refused('POST', 'upload', {
      body: { ...r.base(mini), build_version: '0.1.0', build_package_stream: miniProgramPackage('0.1.0').toString('base64') },
    }, 'BUILD_VERSION_ALREADY_EXIST'));
    await r.step('sync of a version that is not online is refused', () => r.refused('POST', 'sync', {
      body: { ...r.base(mini), app_version: '0.1.0', sync_type: 'global' },
    }, 'SYNC_WITHOUT_ONLINE_ERROR'));
    await r.step('online 0.1.0 (older publish)', async () => {
      await r.call('POST', 'online', { body: { ...r.base(mini), app_online_version: '0.1.0' } });
    });
    await r.step('sync 0.1.0 global', async () => {
      await r.call('POST', 'sync', { body: { ...r.base(mini), app_version: '0.1.0', sync_type: 'global' } });
    });
    await r.build(mini, '0.2.0');
    await r.step('online 0.2.0, app_offline_version 0.1.0', async () => {
      await r.call('POST', 'online', {
        body: { ...r.base(mini), app_online_version: '0.2.0', app_offline_version: '0.1.0' },
      });
    });
    await r.step('sync 0.2.0 recent', async () => {
      await r.call('POST', 'sync', { body: { ...r.base(mini), app_version: '0.2.0', sync_type: 'recent' } });
    });
    await r.step('upgrade to template 1.0.1 (deprecated)', async () => {
      await r.call('POST', 'upgrade', {
        body: { ...r.base(mini), template_id: '2021009900000001', template_version: '1.0.1' },
      });
    });
    await r.step('upgrade to template version 1.0 is refused', () => r.refused('POST', 'upgrade', {
      body: { ...r.base(mini), template_id: '2021009900000001', template_version: '1.0' },
    }, 'INVALID_PARAMS'));
  },

  // One mini program: 1.0.0 through review, gray, publish, push, the queries; 1.1.0 through
  // to release; rollback; take down.
  async release(r, ids) {
    const mini = ids.main;
    const v1 = '1.0.0';
    const v2 = '1.1.0';
    const body = (version, extra = {}) => ({ body: { ...r.owned(mini), app_version: version, ...extra } });
    const push = (version) => ({ body: { ...r.base(mini), app_version: version, sync_type: 'global' } });
    await r.build(mini, v1);
    await r.expectStatus(mini, v1, 'INIT');
    await r.step(`audit/submit ${v1}`, async () => { await r.submit(mini, v1); });
    await r.step(`audit/submit ${v1} again is refused`, () => r.refused('POST', 'audit/submit', r.submitBody(mini, v1), 'CAN_NOT_SUBMIT_WITH_AUDIT'));
    await r.waitApproved(mini, v1);
    await r.step(`gray/publish ${v1} p10`, async () => {
      await r.call('POST', 'gray/publish', body(v1, { gray_strategy: 'p10' }));
    });
    await r.step(`info/query ${v1} is GRAY p10`, async () => {
      const data = await r.info(mini, v1);
      if (data.status !== 'GRAY') throw new StepFailed(`status is ${JSON.stringify(data.status)}, expected GRAY`);
      if (data.gray_strategy !== 'p10') throw new StepFailed(`gray_strategy is ${JSON.stringify(data.gray_strategy)}, expected p10`);
      expectString(data, 'gray_start_time');
      return `gray_start_time=${data.gray_start_time}`;
    });
    await r.step(`gray/finish ${v1}`, async () => { await r.call('POST', 'gray/finish', body(v1)); });
    await r.expectStatus(mini, v1, 'WAIT_RELEASE');
    await r.step(`online/publish ${v1} (normal)`, async () => {
      await r.call('POST', 'online/publish', body(v1, { release_type: 'normal', downgrade: false }));
    });
    await r.expectStatus(mini, v1, 'RELEASE', ['shelf_time']);
    await r.step(`info/delete ${v1} (released) is refused`, () => r.refused('DELETE', 'info/delete', {
      query: { ...r.owned(mini), app_version: v1 },
    }, 'CAN_NOT_DELETE_WITHOUT_DEV'));
    await r.step(`sync ${v1} global`, async () => { await r.call('POST', 'sync', push(v1)); });
    await r.expectListed(mini, 'RELEASE,GRAY', v1, 'RELEASE');
    await r.step('condition/batchquery page_size 11 is refused', () => r.refused('POST', 'condition/batchquery', {
      body: { ...r.base(mini), version_status: 'RELEASE', page_num: '1', page_size: '11' },
    }, 'PAGE_SIZE_MORE_TEN'));
    await r.step('last/query', async () => {
      const data = await r.call('GET', 'last/query', {
        query: { mini_app_id: mini, bundle_id: r.opts.bundleId, app_origin: r.opts.appOrigin, pid: r.opts.pid },
      });
      if (data.app_version !== v1) throw new StepFailed(`app_version is ${JSON.stringify(data.app_version)}, expected ${v1}`);
      return `app_version=${data.app_version} status=${data.status}`;
    });
    await r.expectStatus(mini, v1, 'RELEASE', ['shelf_time']);
    await r.step(`modelforoffline/query ${v1}`, async () => {
      const data = await r.call('GET', 'modelforoffline/query', {
        query: { mini_app_id: mini, app_version: v1, bundle_id: r.opts.bundleId },
      });
      expectString(data, 'model_json');
      return `model_json ${data.model_json.length} chars${data.sync_id ? `, sync_id=${data.sync_id}` : ''}`;
    });

    await r.build(mini, v2);
    await r.step(`package/create ${v2} PRE_ONLINE`, async () => {
      await r.call('POST', 'package/create', body(v2, { package_type: 'PRE_ONLINE' }));
    });
    await r.step(`audit/submit ${v2}`, async () => { await r.submit(mini, v2); });
    await r.waitApproved(mini, v2);
    await r.step(`online/publish ${v2} (no gray stage)`, async () => {
      await r.call('POST', 'online/publish', body(v2, { release_type: 'normal' }));
    });
    await r.expectStatus(mini, v2, 'RELEASE', ['shelf_time']);
    await r.expectStatus(mini, v1, 'OFFLINE', ['offline_time']);
    await r.step(`sync ${v2} global`, async () => { await r.call('POST', 'sync', push(v2)); });
    await r.step(`content/rollback ${v2}`, async () => { await r.call('POST', 'content/rollback', body(v2)); });
    await r.expectStatus(mini, v1, 'RELEASE');
    await r.step(`info/query ${v2} after the rollback`, async () => {
      const data = await r.info(mini, v2);
      if (data.status === 'RELEASE') throw new StepFailed(`${v2} is still RELEASE after the rollback`);
      return `status=${data.status}${data.rollback_time ? ` rollback_time=${data.rollback_time}` : ''}`;
    });
    await r.step(`sync ${v1} global (the version rolled back to)`, async () => {
      await r.call('POST', 'sync', push(v1));
    });
    await r.step(`offline/publish ${v1}`, async () => { await r.call('POST', 'offline/publish', body(v1)); });
    await r.expectStatus(mini, v1, 'OFFLINE', ['offline_time']);
    await r.step(`offline/publish ${v1} again is refused`, () => r.refused('POST', 'offline/publish', body(v1), 'MINI_APP_NOT_ONLINE'));
  },

  // A third version of the same mini program: withdrawn from review, sent back to
  // development after approval, refused transitions, deleted while in development.
  async review(r, ids) {
    const mini = ids.main;
    const v3 = '1.2.0';
    const body = (extra = {}) => ({ body: { ...r.owned(mini), app_version: v3, ...extra } });
    await r.build(mini, v3);
    await r.step(`audit/submit ${v3}`, async () => { await r.submit(mini, v3); });
    await r.step(`audit/cancel ${v3}`, async () => { await r.call('POST', 'audit/cancel', body()); });
    await r.expectStatus(mini, v3, 'INIT');
    await r.step(`audit/cancel ${v3} (not in review) is refused`, () => r.refused('POST', 'audit/cancel', body(), 'TINYAPP_STATUS_INVALID'));
    await r.step(`gray/publish ${v3} (not reviewed) is refused`, () => r.refused('POST', 'gray/publish', body({ gray_strategy: 'p10' }), 'CAN_NOT_GRAY_WITHOUT_AUDIT_PASS'));
    await r.step(`online/publish ${v3} (not reviewed) is refused`, () => r.refused('POST', 'online/publish', body({ release_type: 'normal' }), 'CAN_NOT_ONLINE_WITHOUT_AUDIT'));
    await r.step(`gray/finish ${v3} (not in gray) is refused`, () => r.refused('POST', 'gray/finish', body(), 'CAN_NOT_END_GRAY_WITHOUT_GRAY'));
    await r.step(`backdev/publish ${v3} (not reviewed) is refused`, () => r.refused('POST', 'backdev/publish', body(), 'CAN_NOT_BACK_DEV_WITHOUT_AUDIT'));
    await r.step(`audit/submit ${v3} again`, async () => { await r.submit(mini, v3); });
    await r.waitApproved(mini, v3);
    await r.step(`audit/submit ${v3} (approved) is refused`, () => r.refused('POST', 'audit/submit', r.submitBody(mini, v3), 'CAN_NOT_SUBMIT_WITHOUT_INIT'));
    await r.step(`backdev/publish ${v3}`, async () => { await r.call('POST', 'backdev/publish', body()); });
    await r.expectStatus(mini, v3, 'INIT');
    await r.expectListed(mini, 'INIT', v3, 'INIT');
    await r.step(`info/delete ${v3} (INIT)`, async () => {
      await r.call('DELETE', 'info/delete', { query: { ...r.owned(mini), app_version: v3 } });
    });
    await r.expectListed(mini, 'INIT', v3, null, false);
  },

  async template(r, ids) {
    const mini = ids.template;
    const templateId = r.opts.templateId;
    const ext = JSON.stringify({ extEnable: true, ext: { name: 'interop' }, window: { defaultTitle: 'Interop' } });
    const upload = (version, extra = {}) => ({
      body: { ...r.base(mini), app_version: version, template_id: templateId, template_version: '1.0.0', ext, ...extra },
    });
    await r.step('templated/upload 1.0.0', async () => { await r.call('POST', 'templated/upload', upload('1.0.0')); });
    await r.step('instantiation/query 1.0.0', async () => {
      const data = await r.call('GET', 'instantiation/query', {
        query: { app_origin: r.opts.appOrigin, bundle_id: r.opts.bundleId, mini_app_id: mini, app_version: '1.0.0' },
      });
      if (data.template_id !== templateId) throw new StepFailed(`template_id is ${JSON.stringify(data.template_id)}, expected ${templateId}`);
      if (data.template_version !== '1.0.0') throw new StepFailed(`template_version is ${JSON.stringify(data.template_version)}, expected 1.0.0`);
      return `template ${data.template_id} ${data.template_version}`;
    });
    await r.expectStatus(mini, '1.0.0', 'INIT');
    await r.step('templated/upload 1.0.0 again is refused', () => r.refused('POST', 'templated/upload', upload('1.0.0'), 'VERSION_HAS_EXISTED'));
    await r.step('templated/upload 0.9.0 (lower) is refused', () => r.refused('POST', 'templated/upload', upload('0.9.0'), 'LARGER_VERSION_HAS_EXISTED'));
    await r.step('templated/upload 1.1 (not x.y.z) is refused', () => r.refused('POST', 'templated/upload', upload('1.1'), 'INVALID_VERSION'));
    await r.step('templated/upload with bad ext JSON is refused', () => r.refused('POST', 'templated/upload', upload('1.0.1', { ext: '{not json' }), 'INVALID_EXT_JSON'));
  },

  async nobuild(r, ids) {
    const mini = ids.nobuild;
    const upload = {
      body: {
        bundle_id: r.opts.bundleId,
        mini_app_id: mini,
        build_version: '1.0.0',
        builded_package_url: 'https://example.invalid/packages/interop-1.0.0.amr',
        builded_package_size: '2048',
        build_main_url: '/index.html#pages/index/index',
        inst_code: 'taobao',
      },
    };
    await r.step('nobuild/upload 1.0.0', async () => { await r.call('POST', 'nobuild/upload', upload); });
    await r.expectStatus(mini, '1.0.0', 'INIT');
    await r.expectListed(mini, 'INIT', '1.0.0', 'INIT');
    await r.step('nobuild/upload 1.0.0 again is refused', () => r.refused('POST', 'nobuild/upload', upload, 'BUILD_VERSION_ALREADY_EXIST'));
  },

  // A plugin released to a gray stage with an invited app, the invitation queried and confirmed.
  async beta(r, ids) {
    const plugin = ids.plugin;
    const invitee = ids.invitee;
    await r.step(`nobuild/upload 1.0.0 of the invited mini program ${invitee}`, async () => {
      await r.call('POST', 'nobuild/upload', {
        body: {
          bundle_id: r.opts.bundleId, mini_app_id: invitee, build_version: '1.0.0',
          builded_package_url: 'https://example.invalid/packages/invitee.amr', builded_package_size: '1024',
        },
      });
    });
    await r.build(plugin, '1.0.0');
    await r.step('audit/submit plugin 1.0.0', async () => { await r.submit(plugin, '1.0.0'); });
    await r.waitApproved(plugin, '1.0.0');
    await r.step('gray/publish plugin 1.0.0 p10 with beta_app_id_list', async () => {
      await r.call('POST', 'gray/publish', {
        body: { ...r.owned(plugin), app_version: '1.0.0', gray_strategy: 'p10', beta_app_id_list: [invitee] },
      });
    });
    const query = { query: { plugin_id: plugin, bundle_id: r.opts.bundleId, plugin_version: '1.0.0', app_origin: r.opts.appOrigin } };
    const betaInfo = async () => {
      const data = await r.call('GET', 'betainfo/query', query);
      const list = data.plugin_beta_item_list ?? [];
      if (!Array.isArray(list)) throw new StepFailed('plugin_beta_item_list is not an array');
      const item = list.find((i) => i?.mini_app_id === invitee);
      return { data, list, item };
    };
    await r.step('betainfo/query plugin 1.0.0', async () => {
      const { data, list, item } = await betaInfo();
      if (!item) r.note(`betainfo/query does not list the invited ${invitee}: ${short(JSON.stringify(list))}`);
      return `status=${data.status} items=${list.length}${item ? ` invitee beta_status=${item.beta_status}` : ''}`;
    });
    await r.step(`beta/confirm pass by ${invitee}`, async () => {
      await r.call('POST', 'beta/confirm', {
        body: {
          app_origin: r.opts.appOrigin, mini_app_id: invitee, pid: r.opts.pid, plugin_id: plugin, operate: 'pass', memo: 'verified by interop',
        },
      });
    });
    await r.step('betainfo/query plugin 1.0.0 after the confirmation', async () => {
      const { data, item } = await betaInfo();
      if (item && item.beta_status !== 'CHECKED') r.note(`the invitee's beta_status is ${item.beta_status} after operate=pass (CHECKED expected)`);
      return `status=${data.status}${item ? ` invitee beta_status=${item.beta_status}` : ''}`;
    });
  },
};

// -- helpers -------------------------------------------------------------------------------

function expectString(data, field) {
  if (typeof data[field] !== 'string' || data[field] === '') {
    throw new StepFailed(`${field} is missing or empty in ${short(JSON.stringify(data))}`);
  }
}

function short(text, max = 240) {
  const s = String(text ?? '');
  return s.length > max ? `${s.slice(0, max)}...` : s;
}

function pad(n) {
  return String(n).padStart(3, ' ');
}

// One line saying what went wrong, in the SDK's own terms.
function describe(err, method, op) {
  if (err?.name === 'AlipayRequestError') {
    const status = err.responseHttpStatus;
    const headers = err.responseHttpHeaders ?? {};
    const where = method && op ? `${method} ${op}: ` : '';
    const trace = err.traceId ? ` [trace ${err.traceId}]` : '';
    const msg = String(err.message ?? '').replace(/ \(traceId: [^)]*\)$/, '');
    if (err.code === 'response-signature-verify-error') {
      return `${where}the SDK rejected the response signature (HTTP ${status}; alipay-timestamp=${headers['alipay-timestamp'] ?? '(none)'}, alipay-nonce=${headers['alipay-nonce'] ?? '(none)'}, body ${short(JSON.stringify(err.responseDataRaw), 120)})${trace}`;
    }
    if (err.code === 'response-alipay-sn-verify-error') return `${where}${err.code}: ${msg}${trace}`;
    if (err.code === 'decrypt-error') {
      return `${where}the SDK could not decrypt the 2xx answer (content-type ${headers['content-type'] ?? '(none)'}, body ${short(JSON.stringify(err.responseDataRaw), 120)})${trace}`;
    }
    if (status === undefined) return `${where}${msg}`; // transport: connection refused, timeout, ...
    const hint = status === 404 || status === 405 ? ' [operation not served by this gateway]' : '';
    return `${where}HTTP ${status} ${err.code}: ${short(msg)}${hint}${trace}`;
  }
  if (err instanceof SyntaxError) return `the SDK could not parse the answer as JSON: ${err.message}`;
  if (err instanceof TypeError) return `the SDK failed (${err.message}); a missing alipay-signature header looks like this`;
  return `${err?.name ?? 'Error'}: ${err?.message ?? String(err)}`;
}

// -- main ----------------------------------------------------------------------------------

async function main() {
  let opts;
  let env;
  try {
    opts = parseArgs(process.argv.slice(2));
    if (opts.list) {
      console.log(Object.keys(SCENARIOS).join('\n'));
      return 0;
    }
    env = settings(opts);
  } catch (err) {
    if (err instanceof SettingsError) {
      console.error(`lifecycle: ${err.message}`);
      return 2;
    }
    throw err;
  }
  const names = opts.scenarios ?? Object.keys(SCENARIOS);
  const unknown = names.filter((n) => !(n in SCENARIOS));
  if (unknown.length) {
    console.error(`lifecycle: unknown scenario ${unknown.join(', ')} (known: ${Object.keys(SCENARIOS).join(', ')})`);
    return 2;
  }
  let runner;
  try {
    runner = new Runner(opts, env);
  } catch (err) {
    console.error(`lifecycle: the SDK refused the settings: ${err.message}`);
    return 2;
  }
  console.log(`alipay-sdk ${SDK_VERSION} on node ${process.version}: ${env.baseUrl} app ${env.appId}, mode ${env.mode}`);
  const ids = miniIds();
  const started = performance.now();
  const failed = [];
  for (const name of names) {
    runner.scenario = name;
    try {
      await SCENARIOS[name](runner, ids);
    } catch (err) {
      if (!(err instanceof StepFailed)) throw err;
      failed.push(`${name}: ${err.message}`);
      if (!opts.keepGoing) break;
    }
  }
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const passed = names.filter((n) => !failed.some((f) => f.startsWith(`${n}: `)));
  if (failed.length) {
    console.log(`FAILED mode ${env.mode}: ${failed.length} scenario(s) failed, passed: ${passed.join(', ') || 'none'} (${runner.stepNo} steps, ${secs} s)`);
    console.error(`lifecycle (${env.mode}): ${failed[0].replace(/^[^:]*: /, '')}`);
    return 1;
  }
  console.log(`PASSED mode ${env.mode}: ${names.join(', ')} (${runner.stepNo} steps, ${runner.notes} notes, ${secs} s)`);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (err) => {
  console.error(`lifecycle: internal error: ${err?.stack ?? err}`);
  process.exitCode = 3;
});
