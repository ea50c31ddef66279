/**
 * Counts the elements a page's HTML creates, as a browser's DOM would hold them (SVG included):
 * every start tag outside comments, scripts and styles. Lighthouse warns from 800 elements.
 */
export function domElementCount(html: string): number {
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, "$1")
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, "$1");
  return markup.match(/<[a-zA-Z][^\s/>]*/g)?.length ?? 0;
}
