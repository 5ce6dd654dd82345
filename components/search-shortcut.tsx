// `/` moves focus to the header's search box, as on many sites, unless the reader is typing
// somewhere already (a field, a select, an editable region) or holds a modifier key.
//
// A plain script in the page rather than a React effect: it listens from the moment the header
// is parsed, so a `/` pressed before the page's JavaScript has loaded and hydrated is not lost.
// The listener is on the document, which client-side navigation keeps.
const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

function shortcutScript(target: string): string {
  return `document.addEventListener('keydown', function (event) {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  var active = event.target;
  if (active && active.closest && active.closest(${JSON.stringify(EDITABLE)})) return;
  var box = document.getElementById(${JSON.stringify(target)});
  if (!box) return;
  event.preventDefault();
  box.focus();
});`;
}

export function SearchShortcut({ target }: { target: string }) {
  return <script dangerouslySetInnerHTML={{ __html: shortcutScript(target) }} />;
}
