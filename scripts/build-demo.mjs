// `npm run build:demo`: builds the demo the way an npm user builds an app.
// 1. `npm pack` the built package into a tarball;
// 2. install that tarball (and its dependencies) into a fresh app folder
//    holding a copy of demo/;
// 3. bundle the app with Vite into demo-dist/, a self-contained static site;
// 4. copy the verified model files the demo uses (the face detector and the
//    OCR's text detector and recogniser with its dictionary) next to it
//    (fetched at run time by the model registry, so a bundler does not see
//    them; ONNX Runtime's wasm is emitted by Vite);
// 5. write the service worker with the list of every file and a version
//    that is a hash of their contents.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, rm, writeFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const APP = path.join(ROOT, 'build/demo-app');
const PACK = path.join(ROOT, 'build/pack');
export const DEMO_DIST = path.join(ROOT, 'demo-dist');

const run = (cmd, args, cwd = ROOT) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/**
 * @param {{ quiet?: boolean, reuseInstall?: boolean }} [options] reuseInstall:
 *   keep the app's installed package from the last build and only refresh
 *   demo/ (for quick iterations on the demo itself; `node scripts/build-demo.mjs --reuse`).
 */
export async function buildDemo({ quiet = false, reuseInstall = false } = {}) {
  const started = Date.now();
  const installed = path.join(APP, 'node_modules/seamkit/package.json');
  const reuse = reuseInstall && await readFile(installed).then(() => true, () => false);
  if (reuse) {
    await cp(path.join(ROOT, 'demo'), APP, { recursive: true });
  } else {
    await rm(PACK, { recursive: true, force: true });
    await mkdir(PACK, { recursive: true });
    const tarball = run('npm', ['pack', '--silent', '--pack-destination', PACK]).trim().split('\n').pop();
    await rm(APP, { recursive: true, force: true });
    await cp(path.join(ROOT, 'demo'), APP, { recursive: true });
    await writeFile(path.join(APP, 'package.json'), JSON.stringify({
      name: 'seamkit-demo', private: true, type: 'module',
      dependencies: { seamkit: `file:${path.join(PACK, tarball)}` },
    }, null, 2));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', '--no-package-lock'], APP);
  }
  // Real data for the calibration panel: the fixture the tests check
  // against scikit-learn (kept in one place in the repository).
  await mkdir(path.join(APP, 'data'), { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/confidence/breast_cancer_gnb.json'),
    path.join(APP, 'data/breast_cancer_gnb.json'));

  await rm(DEMO_DIST, { recursive: true, force: true });
  await build({
    root: APP,
    logLevel: quiet ? 'silent' : 'warn',
    // The avatar Worker loads ONNX Runtime lazily (a dynamic import): ES format.
    worker: { format: 'es' },
    build: { outDir: DEMO_DIST, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  });
  await copyRuntimeFiles();
  await rm(path.join(DEMO_DIST, 'sw.js'), { force: true });
  const files = await listFiles(DEMO_DIST);
  await writeServiceWorker(files);
  if (!quiet) console.log(`build:demo: ${path.relative(ROOT, DEMO_DIST)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The models the demo runs: the face detector (avatar) and PP-OCRv4 (alt suggestions). */
const DEMO_TASKS = new Set(['face-detection', 'text-detection', 'text-recognition']);

async function copyRuntimeFiles() {
  const models = path.join(APP, 'node_modules/seamkit/dist/models');
  const manifest = JSON.parse(await readFile(path.join(models, 'manifest.json'), 'utf8'));
  await mkdir(path.join(DEMO_DIST, 'models'), { recursive: true });
  await cp(path.join(models, 'manifest.json'), path.join(DEMO_DIST, 'models/manifest.json'));
  for (const m of manifest.models.filter((e) => DEMO_TASKS.has(e.task))) {
    for (const f of m.files) await cp(path.join(models, f.name), path.join(DEMO_DIST, 'models', f.name));
  }
}

/** Every file under dir, as sorted '/'-separated relative paths. */
async function listFiles(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(path.relative(dir, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'));
  }
  return out.sort();
}

/** demo/sw.js with the asset list and a content-hash version filled in. */
async function writeServiceWorker(files) {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(f);
    hash.update(createHash('sha256').update(await readFile(path.join(DEMO_DIST, f))).digest());
  }
  const version = hash.digest('hex').slice(0, 16);
  const src = await readFile(path.join(ROOT, 'demo/sw.js'), 'utf8');
  const assets = JSON.stringify(files).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  await writeFile(path.join(DEMO_DIST, 'sw.js'), src
    .replace('__SEAMKIT_DEMO_VERSION__', version)
    .replace('__SEAMKIT_DEMO_ASSETS__', assets));
  await writeFile(path.join(DEMO_DIST, 'precache.json'), JSON.stringify({ version, files }, null, 2));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildDemo({ reuseInstall: process.argv.includes('--reuse') });
}
