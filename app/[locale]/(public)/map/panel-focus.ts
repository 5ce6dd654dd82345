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
