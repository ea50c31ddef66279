// The embedded chart's half of the resizing: posts the page's height to the page that embeds it,
// whose embed code (src/site/charts/chartView.ts) sets it on the iframe. Sent on load and whenever
// the content's size changes (fonts, a narrower iframe wrapping the legend).
const post = () => {
  if (window.parent === window) return;
  // The root element's own box, not scrollHeight: that never falls below the iframe's current height.
  window.parent.postMessage(
    { ksstEmbedHeight: document.documentElement.getBoundingClientRect().height },
    "*",
  );
};
new ResizeObserver(post).observe(document.body);
window.addEventListener("load", post);
