// Optional enhancements of the build-time charts; everything works without this script.
// 1. Tooltips: a mark's <title> is shown in a styled box on hover or touch, next to the pointer.
// 2. Copy buttons (embed code, citation): shown only when the script runs.
// 3. Marks of rows that have a page open it on click (see below).

function enhanceTooltips(): void {
  const tip = document.createElement("div");
  tip.className = "chart-tip";
  tip.setAttribute("role", "status");
  tip.hidden = true;
  document.body.append(tip);
  for (const title of document.querySelectorAll<SVGTitleElement>(".chart__svg [data-row] > title")) {
    // Move the text so that the browser's own tooltip does not show on top of ours.
    title.parentElement?.setAttribute("data-tip", title.textContent ?? "");
    title.remove();
  }
  const hide = () => {
    tip.hidden = true;
  };
  document.addEventListener("pointerover", (event) => {
    const target = (event.target as Element | null)?.closest?.("[data-tip]");
    if (!target) return hide();
    tip.textContent = target.getAttribute("data-tip");
    tip.hidden = false;
    const x = Math.min(event.clientX + 12, window.innerWidth - tip.offsetWidth - 8);
    tip.style.left = `${Math.max(8, x) + window.scrollX}px`;
    tip.style.top = `${event.clientY + window.scrollY - tip.offsetHeight - 10}px`;
  });
  document.addEventListener("scroll", hide, { passive: true });
}

// Marks of rows that have a page (a country on the map, a province tile, a region's bar) open it on
// click; the table beside each chart links the same pages for the keyboard and without JavaScript.
function enhanceMarkLinks(): void {
  for (const mark of document.querySelectorAll<SVGElement>(".chart__svg [data-href]"))
    mark.style.cursor = "pointer";
  document.addEventListener("click", (event) => {
    const mark = (event.target as Element | null)?.closest?.(".chart__svg [data-href]");
    const href = mark?.getAttribute("data-href");
    if (href) location.assign(href);
  });
}

function enhanceCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = document.getElementById(button.dataset.copy ?? "")?.textContent ?? "";
      try {
        await navigator.clipboard.writeText(text);
        const label = button.textContent;
        button.textContent = button.dataset.done ?? label;
        setTimeout(() => {
          button.textContent = label;
        }, 2000);
      } catch {
        // Clipboard refused (e.g. insecure context): the text stays selectable on the page.
      }
    });
  }
}

enhanceTooltips();
enhanceCopyButtons();
enhanceMarkLinks();
