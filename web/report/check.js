// Argument check shared by the exporters.
import { ErrorCodes, SeamkitError } from '../errors.js';

/** Throws E_INVALID_ARGUMENT unless `r` is a report from report(). */
export function checkReport(r, fn) {
  if (r === null || typeof r !== 'object' || r.format !== 'seamkit.report' ||
      !Array.isArray(r.groups) || !Array.isArray(r.fixFirst) ||
      r.summary === null || typeof r.summary !== 'object') {
    throw new SeamkitError(ErrorCodes.INVALID_ARGUMENT, `${fn}() takes a report from report()`);
  }
}
