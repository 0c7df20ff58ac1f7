// Builds a realistic test page of about `n` elements in the current document:
// nested layout, text in many colours over many backgrounds, images with and
// without alt, links, form fields with and without labels, headings, tables
// and ARIA widgets. Deterministic for a given n (seeded PRNG).
export function generatePage(n, seed = 42) {
  let s = seed >>> 0;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const colours = ['#222', '#555', '#767676', '#999', '#bbb', '#1a56db', '#c81e1e', '#057a55', '#fff', '#ffeb3b'];
  const backs = ['#fff', '#f3f4f6', '#111827', '#fde68a', '#dbeafe', '#e5e7eb'];
  const words = 'seam kit audit model people colour contrast label image button link form field heading'.split(' ');
  const text = (k) => Array.from({ length: k }, () => pick(words)).join(' ');
  const doc = document;
  doc.title = `Generated page, ${n} elements`;
  doc.documentElement.lang = 'en';
  const main = doc.createElement('main');
  doc.body.append(main);
  let count = 0;
  const add = (parent, tag, props = {}) => {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (k === 'text') el.textContent = v;
      else if (k === 'style') el.style.cssText = v;
      else el.setAttribute(k, v);
    }
    parent.append(el);
    count++;
    return el;
  };
  let section = add(main, 'section');
  let depth = 0;
  while (count < n) {
    const r = rand();
    if (r < 0.08) {
      section = add(rand() < 0.7 && depth < 12 ? section : main, 'div',
        { style: `background:${pick(backs)};padding:4px` });
      depth = section.parentElement === main ? 0 : depth + 1;
    } else if (r < 0.4) {
      add(section, 'p', { text: text(6), style: `color:${pick(colours)}` });
    } else if (r < 0.5) {
      add(section, 'span', { text: text(3), style: `color:${pick(colours)};font-size:${pick([12, 14, 16, 19, 24])}px` });
    } else if (r < 0.58) {
      const a = add(section, 'a', { href: `#${count}` });
      if (rand() < 0.85) { a.textContent = text(2); }
      if (rand() < 0.3) { add(a, 'img', { src: 'data:,', alt: rand() < 0.5 ? text(1) : '', width: '16', height: '16' }); }
    } else if (r < 0.65) {
      add(section, 'img', { src: 'data:,', width: '40', height: '30', ...(rand() < 0.7 ? { alt: text(2) } : {}) });
    } else if (r < 0.73) {
      const id = `f${count}`;
      if (rand() < 0.6) add(section, 'label', { for: id, text: text(2) });
      add(section, 'input', { id, type: pick(['text', 'email', 'checkbox', 'search']) });
    } else if (r < 0.78) {
      add(section, `h${1 + Math.floor(rand() * 4)}`, { text: rand() < 0.95 ? text(3) : '' });
    } else if (r < 0.84) {
      add(section, 'button', rand() < 0.9 ? { text: text(1) } : {});
    } else if (r < 0.9) {
      const w = add(section, 'div', { role: pick(['tablist', 'listbox', 'menu', 'checkbox', 'slider']), tabindex: '0' });
      if (w.getAttribute('role') === 'checkbox') w.setAttribute('aria-checked', pick(['true', 'false', 'maybe']));
      if (w.getAttribute('role') === 'slider') w.setAttribute('aria-valuenow', '3');
      const child = { tablist: 'tab', listbox: 'option', menu: 'menuitem' }[w.getAttribute('role')];
      if (child) for (let i = 0; i < 3; i++) add(w, 'div', { role: child, text: text(1) });
    } else if (r < 0.95) {
      const ul = add(section, 'ul');
      for (let i = 0; i < 4; i++) add(ul, 'li', { text: text(2) });
    } else {
      const t = add(section, 'table');
      const tr = add(t, 'tr');
      add(tr, 'th', { text: text(1) });
      add(tr, 'th', { text: text(1) });
      const tr2 = add(t, 'tr');
      add(tr2, 'td', { text: text(1) });
      add(tr2, 'td', { text: text(1), 'aria-hidden': rand() < 0.5 ? 'true' : 'false' });
    }
  }
  return count;
}
