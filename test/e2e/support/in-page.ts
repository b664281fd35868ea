// Scripts that run inside the page. They are JavaScript source (page.evaluate accepts a string), so
// this Node-typed test code needs no DOM types; each is small enough to read at a glance.

/** Drops a file on the element, the way a person drags one from the file manager. */
export const dropFileScript = (selector: string, name: string, text: string): string => `(() => {
  const target = document.querySelector(${JSON.stringify(selector)});
  if (!target) throw new Error('nothing matches ${selector}');
  const transfer = new DataTransfer();
  transfer.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'text/csv' }));
  for (const type of ['dragenter', 'dragover', 'drop']) {
    target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }
})()`;

export const PAGE_TEXT = 'document.body.innerText';

/**
 * Keydown in the desk input → the frame after the results for that text are in the DOM, collected
 * in window.__samples. rAF runs just before the frame is painted; a message posted from it arrives
 * just after.
 */
export const PAINT_PROBE = `(() => {
  window.__samples = [];
  window.__pending = null;
  const input = document.querySelector('[data-testid=desk-input]');
  input.addEventListener('keydown', (e) => {
    if (e.key.length === 1) window.__pending = { q: (input.value + e.key).trim(), t0: performance.now() };
  }, true);
  const afterPaint = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = done;
    channel.port2.postMessage(0);
  });
  new MutationObserver(() => {
    const p = window.__pending;
    const list = document.querySelector('[data-testid=results]');
    if (!p || !list || list.getAttribute('data-query') !== p.q) return;
    window.__pending = null;
    afterPaint(() => window.__samples.push(performance.now() - p.t0));
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query'] });
})()`;
