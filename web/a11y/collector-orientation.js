// Rotations that CSS conditioned on the `orientation` media feature gives
// elements, for ACT rule b33eff (css-orientation-lock). Style sheets are
// read, never written; a cross-origin sheet whose rules cannot be read is
// skipped. The cascade is approximated by source order (later declarations
// win), which is what orientation-locking style sheets rely on in practice.

const ORIENTATION = /\borientation\b/i;
const ROTATING = /\b(rotate[xyz3]?d?|matrix(3d)?)\s*\(/i;

/** In-plane rotation of a CSS `transform` value, in degrees [0, 360). */
function transformAngle(DOMMatrixCtor, value) {
  if (value === '' || value === 'none') return 0;
  let m;
  try { m = new DOMMatrixCtor(value); } catch { return NaN; }
  return normalize(Math.atan2(m.m12, m.m11) * 180 / Math.PI);
}

/** In-plane rotation of a CSS `rotate` value (`90deg`, `z 1turn`, `0 0 1 45deg`). */
function rotateAngle(DOMMatrixCtor, value) {
  if (value === '' || value === 'none') return 0;
  const parts = value.trim().split(/\s+/);
  const angle = parts.pop();
  let fn;
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'z')) fn = `rotate(${angle})`;
  else if (parts.length === 1) return 0; // about x or y: no in-plane turn
  else if (parts.length === 3) fn = `rotate3d(${parts.join(',')},${angle})`;
  else return NaN;
  return transformAngle(DOMMatrixCtor, fn);
}

function normalize(deg) {
  const d = ((deg % 360) + 360) % 360;
  // -0 and 359.99999 both mean no turn at float precision.
  return d > 359.999 ? 0 : d;
}

/** The style rules of `sheets`, each with whether an orientation media query conditions it. */
function* styleRules(sheets) {
  const stack = [];
  for (let i = sheets.length - 1; i >= 0; i--) stack.push({ sheet: sheets[i], cond: false });
  while (stack.length > 0) {
    const { sheet, rules: given, cond } = stack.pop();
    let rules = given;
    if (rules === undefined) {
      try { rules = sheet.cssRules; } catch { continue; } // cross-origin
    }
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i];
      if (r.styleSheet !== undefined && r.href !== undefined) { // @import
        if (r.styleSheet) {
          const media = r.media?.mediaText ?? '';
          stack.push({ sheet: r.styleSheet, cond: cond || ORIENTATION.test(media) });
        }
      } else if (r.selectorText !== undefined && r.style !== undefined) {
        yield { rule: r, cond };
        // nested rules (CSS nesting) inherit the condition
        if (r.cssRules !== undefined && r.cssRules.length > 0) {
          stack.push({ rules: r.cssRules, cond });
        }
      } else if (r.cssRules !== undefined) { // @media, @supports, @layer, @container
        const media = r.media?.mediaText ?? '';
        stack.push({ rules: r.cssRules, cond: cond || ORIENTATION.test(media) });
      }
    }
  }
}

/**
 * Elements of `root` (a Document or ShadowRoot) that an orientation-
 * conditioned rule rotates, mapped to the rotation relative to the one they
 * get without such rules (degrees, [0, 360)). Empty when none.
 * @param {Document|ShadowRoot} root
 * @returns {Map<Element, number>}
 */
export function orientationRotations(root) {
  const out = new Map();
  const view = (root.ownerDocument ?? root).defaultView;
  const DOMMatrixCtor = view?.DOMMatrix;
  if (typeof DOMMatrixCtor !== 'function') return out;
  const sheets = [...(root.styleSheets ?? []), ...(root.adoptedStyleSheets ?? [])];
  if (sheets.length === 0) return out;
  // Cheap pre-check: most pages have no orientation media query at all.
  const rules = [...styleRules(sheets)];
  if (!rules.some((x) => x.cond)) return out;
  const base = new Map();   // element -> angle without orientation rules
  const locked = new Map(); // element -> angle from orientation rules
  for (const { rule, cond } of rules) {
    const t = rule.style.getPropertyValue('transform');
    const r = rule.style.getPropertyValue('rotate');
    if (t === '' && r === '') continue;
    if (cond && !ROTATING.test(t) && r === '') continue;
    let matched;
    try { matched = root.querySelectorAll(rule.selectorText); } catch { continue; }
    const angle = (t === '' ? 0 : transformAngle(DOMMatrixCtor, t)) +
      (r === '' ? 0 : rotateAngle(DOMMatrixCtor, r));
    if (Number.isNaN(angle)) continue;
    for (const el of matched) (cond ? locked : base).set(el, angle);
  }
  for (const [el, angle] of locked) {
    // An inline transform wins over both (important declarations aside).
    if (el.style !== undefined && el.style.transform !== '') continue;
    out.set(el, normalize(angle - (base.get(el) ?? 0)));
  }
  return out;
}
