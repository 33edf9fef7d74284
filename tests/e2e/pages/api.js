// Exposes the loader's API to the tests as window.pm (a module file: CSP-safe).
import { ready } from '/www/dist/planmeter.js';
window.pm = await ready;
document.documentElement.dataset.pmReady = '1';
