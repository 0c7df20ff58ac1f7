// The part of semantic versioning the model registry needs: MAJOR.MINOR.PATCH
// versions (no pre-release ordering beyond "a pre-release sorts first") and
// ranges written as '*', '1.2.3', '=1.2.3', '^1.2.3', '~1.2.3', '>=1.2.3',
// '<2.0.0', '1.x', '1.2.x', and space-separated conjunctions ('>=1.0.0 <2').
import { SeamkitError, ErrorCodes } from '../errors.js';

/** @param {string} v @returns {[number, number, number, boolean]} */
export function parseVersion(v) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(String(v).trim());
  if (!m) throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, `not a semantic version: '${v}'`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), !!m[4]];
}

/** Negative, zero or positive like a comparator. */
export function compareVersions(a, b) {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return (y[3] ? 1 : 0) - (x[3] ? 1 : 0);
}

/** @param {string} token @returns {(v: string) => boolean} */
function comparator(token) {
  if (token === '*' || token === 'x' || token === '') return () => true;
  const m = /^(\^|~|>=|<=|>|<|=)?v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(token);
  if (!m) throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, `not a version range: '${token}'`);
  const op = m[1] ?? '=';
  const parts = [m[2], m[3], m[4]];
  const wild = parts.findIndex((p) => p === undefined || p === 'x' || p === '*');
  const n = parts.map((p) => (p === undefined || p === 'x' || p === '*' ? 0 : Number(p)));
  const base = `${n[0]}.${n[1]}.${n[2]}`;
  const cmp = (v) => compareVersions(v, base);
  if (wild !== -1 && (op === '=' || op === '^' || op === '~')) {
    // '1.x' or '1.2.x': same leading parts.
    return (v) => parseVersion(v).slice(0, wild).every((p, i) => p === n[i]);
  }
  switch (op) {
    case '=': return (v) => cmp(v) === 0;
    case '>': return (v) => cmp(v) > 0;
    case '>=': return (v) => cmp(v) >= 0;
    case '<': return (v) => cmp(v) < 0;
    case '<=': return (v) => cmp(v) <= 0;
    case '~': return (v) => cmp(v) >= 0 && parseVersion(v)[0] === n[0] && parseVersion(v)[1] === n[1];
    case '^': {
      // Compatible: the leftmost non-zero part may not change.
      const lead = n[0] !== 0 ? 0 : n[1] !== 0 ? 1 : 2;
      return (v) => cmp(v) >= 0 && parseVersion(v).slice(0, lead + 1).every((p, i) => p === n[i]);
    }
    default: throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, `not a version range: '${token}'`);
  }
}

/** @param {string} version @param {string} range */
export function satisfies(version, range) {
  parseVersion(version);
  const tokens = String(range ?? '*').trim().split(/\s+/);
  return tokens.every((t) => comparator(t)(version));
}
