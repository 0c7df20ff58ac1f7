// `npm run build:demo`: builds the demo the way an npm user builds an app.
// 1. `npm pack` the built package into a tarball;
// 2. install that tarball (and its dependencies) into a fresh app folder
//    holding a copy of demo/;
// 3. bundle the app with Vite into demo-dist/, a self-contained static site;
// 4. copy the package's verified model files next to it (fetched at run
//    time by the model registry, so a bundler does not see them).
import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const APP = path.join(ROOT, 'build/demo-app');
const PACK = path.join(ROOT, 'build/pack');
export const DEMO_DIST = path.join(ROOT, 'demo-dist');

const run = (cmd, args, cwd = ROOT) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

export async function buildDemo({ quiet = false } = {}) {
  const started = Date.now();
  await rm(PACK, { recursive: true, force: true });
  await mkdir(PACK, { recursive: true });
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', PACK]).trim().split('\n').pop();

  await rm(APP, { recursive: true, force: true });
  await cp(path.join(ROOT, 'demo'), APP, { recursive: true });
  // Real data for the calibration panel: the fixture the tests check
  // against scikit-learn (kept in one place in the repository).
  await mkdir(path.join(APP, 'data'), { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/confidence/breast_cancer_gnb.json'),
    path.join(APP, 'data/breast_cancer_gnb.json'));
  await writeFile(path.join(APP, 'package.json'), JSON.stringify({
    name: 'seamkit-demo', private: true, type: 'module',
    dependencies: { seamkit: `file:${path.join(PACK, tarball)}` },
  }, null, 2));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', '--no-package-lock'], APP);

  await rm(DEMO_DIST, { recursive: true, force: true });
  await build({
    root: APP,
    logLevel: quiet ? 'silent' : 'warn',
    build: { outDir: DEMO_DIST, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  });
  const models = path.join(APP, 'node_modules/seamkit/dist/models');
  await mkdir(path.join(DEMO_DIST, 'models'), { recursive: true });
  for (const f of await readdir(models)) {
    if (/\.(onnx|txt|json)$/.test(f)) await cp(path.join(models, f), path.join(DEMO_DIST, 'models', f));
  }
  if (!quiet) console.log(`build:demo: ${path.relative(ROOT, DEMO_DIST)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDemo();
