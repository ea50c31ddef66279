import { escapeXml } from "../lib/text/escapeXml.ts";

/**
 * Draws the site's share card (1200 × 630, the size Open Graph and Twitter cards show): the name
 * and a tagline in each language, each tagline wrapped at about 48 characters.
 */
export function shareCardSvg(name: string, taglines: readonly string[]): string {
  const wrap = (text: string) =>
    text.split(" ").reduce<string[]>((lines, word) => {
      const last = lines.at(-1);
      if (last !== undefined && `${last} ${word}`.length <= 48) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
      return lines;
    }, []);
  let y = 260;
  const blocks = taglines.map((tagline, i) => {
    const lines = wrap(tagline).map(
      (line, j) => `<tspan x="80" y="${y + j * 44}">${escapeXml(line)}</tspan>`,
    );
    const block = `<text font-size="34" fill="${i === 0 ? "#1a1a1a" : "#4a4a4a"}">${lines.join("")}</text>`;
    y += lines.length * 44 + 36;
    return block;
  });
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="315" viewBox="0 0 1200 630" font-family="Liberation Sans, DejaVu Sans, sans-serif">' +
    '<rect width="1200" height="630" fill="#ffffff"/><rect width="1200" height="16" fill="#0f3557"/>' +
    `<text x="80" y="170" font-size="84" font-weight="700" fill="#1a1a1a">${escapeXml(name)}</text>` +
    `${blocks.join("")}</svg>`
  );
}
