/**
 * Rounds the coordinates of an SVG path made of M/L/Z commands (as d3-geo writes them) to whole
 * pixels, drops repeated points, and drops rings that collapse to a line or a point (e.g. countries
 * clipped away at the frame's edge). Returns "" when nothing visible remains.
 */
export function roundPath(d: string): string {
  const rings: string[] = [];
  for (const ring of d.split(/(?=M)/)) {
    const closed = /Z\s*$/.test(ring);
    const points: [number, number][] = [];
    for (const match of ring.matchAll(/(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g)) {
      const point: [number, number] = [Math.round(Number(match[1])), Math.round(Number(match[2]))];
      const last = points.at(-1);
      if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
    }
    const xs = new Set(points.map((p) => p[0]));
    const ys = new Set(points.map((p) => p[1]));
    if (points.length < 3 || xs.size < 2 || ys.size < 2) continue;
    rings.push(`M${points.map((p) => `${p[0]},${p[1]}`).join("L")}${closed ? "Z" : ""}`);
  }
  return rings.join("");
}
