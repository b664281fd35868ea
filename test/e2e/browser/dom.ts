// Functions that run inside the page (serialised by page.evaluate); DOM types, no imports.

/** Drops a file on the element, the way a person drags one from the file manager. */
export function dropFile([selector, name, text]: [string, string, string]): void {
  const target = document.querySelector(selector);
  if (!target) throw new Error(`no ${selector}`);
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'text/csv' }));
  for (const type of ['dragenter', 'dragover', 'drop']) {
    target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }
}

/** The visible text of the whole page. */
export function pageText(): string {
  return document.body.innerText;
}
