// Added by `catalog serve` to the pages it sends, never to a built site: reloads the page after a rebuild,
// and shows content errors in an overlay until they are fixed.
'use strict';
(() => {
  const events = new EventSource('/__serve/events');
  let overlay = null;
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('problems', (event) => {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = 'serve-problems';
      overlay.setAttribute('role', 'alert');
      Object.assign(overlay.style, {
        position: 'fixed', inset: '1rem 1rem auto 1rem', zIndex: 10000, maxHeight: '80vh', overflow: 'auto',
        padding: '1rem 1.25rem', background: '#fff4f4', color: '#5a0000', border: '3px solid #b00020',
        borderRadius: '6px', font: '14px/1.5 ui-monospace, monospace', whiteSpace: 'pre-wrap', boxShadow: '0 4px 24px #0004',
      });
      document.body.append(overlay);
    }
    overlay.textContent = 'De inhoud heeft fouten; de site toont de laatste goede versie.\n\n' + event.data;
  });
})();
