// When someone picks a project, the panel that opens takes the focus (so a screen reader reads
// it) and gives it back when closed. Picking happens in one component and the panel opens in
// another after navigation, so the request waits here in between.
type Focusable = HTMLElement | SVGElement;

// The map's frame, which the panel scrolls into view on a phone.
export const MAP_FRAME_ID = 'map-frame';

let pending: Focusable | null | undefined;

export function requestPanelFocus(opener: Element | null): void {
  pending = opener instanceof HTMLElement || opener instanceof SVGElement ? opener : null;
}

// The element that asked, or undefined when nobody asked (a page load must not move focus).
export function takePanelFocusRequest(): Focusable | null | undefined {
  const opener = pending;
  pending = undefined;
  return opener;
}

// Where the focus goes back to when the panel closes: what opened it if it is still on the page,
// else the project's row in the list (the panel was opened by a link or a reload), else the list.
export function returnPanelFocus(opener: Focusable | null, code: string): void {
  const row = document.querySelector<HTMLElement>(`[data-testid="map-list-item"][data-code="${CSS.escape(code)}"] a`);
  const target = opener?.isConnected ? opener : (row ?? document.getElementById('map-list'));
  target?.focus({ preventScroll: true });
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"]';

// Tab and Shift+Tab go round the sheet's own controls: on a phone the sheet covers the list
// behind it, and the focus must not move on to what the reader cannot see (WCAG 2.4.11).
export function keepFocusWithin(sheet: HTMLElement, event: KeyboardEvent): void {
  const controls = Array.from(sheet.querySelectorAll<HTMLElement>(FOCUSABLE));
  if (event.key !== 'Tab' || controls.length === 0) return;
  const first = controls[0];
  const last = controls[controls.length - 1];
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !sheet.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !sheet.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
