// Fills in the address the page is served from where the build did not know the site's address
// (no KSST_SITE_URL): each [data-site-path] element shows its path as an absolute URL, so embed
// code and citations copied from the page work where they are pasted. Without JavaScript the path
// stays, with a note saying to put the site's address in front of it.

for (const element of document.querySelectorAll<HTMLElement>("[data-site-path]")) {
  element.textContent = new URL(element.dataset.sitePath ?? "/", window.location.href).href;
}
for (const note of document.querySelectorAll<HTMLElement>("[data-site-address-note]")) note.hidden = true;
