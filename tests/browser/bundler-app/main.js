// An app that depends on seamkit the way a Vite user's app does.
import { init, contrastRatio } from 'seamkit';

await init();
document.getElementById('out').textContent = contrastRatio('#767676', '#ffffff').toFixed(2);
