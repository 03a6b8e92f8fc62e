/**
 * Where menus and tooltips are drawn: at the end of the page's <main> when it has one, so a screen reader
 * finds them within the page's landmarks. They are fixed to the viewport, so main's box does not clip them.
 * (Dialogs go to the end of <body>: they are modal and hide the rest of the page.)
 */
export function popoverContainer(): HTMLElement | undefined {
  return typeof document === "undefined" ? undefined : (document.querySelector("main") ?? undefined);
}
