// Parts of seamkit this demo uses when the installed package has them.
// build-demo.mjs rewrites this file in the app it builds, from the package's
// exports map: with `seamkit/elements/audit-report` (and `report` from the
// entry point) the audit flow shows seamkit's own report; without them it
// shows its built-in list.
/** @returns {Promise<{ report?: (results: object) => unknown } | null>} */
export async function loadReport() {
  return null;
}
