/**
 * Copy to the clipboard where the browser allows it, and stay a plain link or plain text
 * otherwise: "link to this section" anchors copy the section's address (and still jump to it),
 * and citations get a "Copy" button. Without the Clipboard API nothing changes.
 */
const statusRegion = () => {
  let el = document.getElementById('mp-copy-status');
  if (!el) {
    el = Object.assign(document.createElement('p'), { id: 'mp-copy-status', className: 'mp-visually-hidden' });
    el.setAttribute('role', 'status');
    document.body.append(el);
  }
  return el;
};

async function copy(text: string, message: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    statusRegion().textContent = message;
    return true;
  } catch {
    return false;
  }
}

if (navigator.clipboard && window.isSecureContext) {
  document.addEventListener('click', (event) => {
    const anchor = (event.target as Element).closest<HTMLAnchorElement>('a.mp-heading-anchor');
    if (anchor) void copy(anchor.href, anchor.dataset.mpCopied ?? '');
  });
  for (const el of document.querySelectorAll<HTMLElement>('[data-mp-copyable]')) {
    const button = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'mp-copy-button mp-no-print',
      textContent: el.dataset.mpCopyLabel ?? '',
    });
    button.setAttribute('aria-describedby', el.id);
    button.addEventListener('click', () => {
      void copy(el.textContent ?? '', el.dataset.mpCopied ?? '').then((copied) => {
        if (copied) button.textContent = el.dataset.mpCopied ?? '';
      });
    });
    el.after(button);
  }
}

export {};
