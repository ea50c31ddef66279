// The same activity pages as the bench's Hugo site (one per activity and language, every field in a table),
// built by Astro with nothing else: no layout, no validation, no charts, no downloads, no search. It is what
// Astro's own page pipeline costs for them, measured in the same run as Hugo (bench/siteBench.ts); the build
// writes its activity pages outside that pipeline, on a worker thread.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Papa from "papaparse";

/** One activity as the bare site's pages read it: its id, its title per language and every field. */
interface BareActivity {
  id: string;
  titles: Record<string, string>;
  fields: Array<[string, string]>;
}

/**
 * Writes an Astro project into `root` whose pages are the activities of `activitiesCsv` in `langs`, each
 * at `/<lang>/activities/<id>/`, read from one JSON file written here (as Hugo's front matter is written
 * before Hugo is timed). The project uses this repository's `node_modules` (a symbolic link) and keeps
 * Vite's cache in its own folder, so that it never touches the site's.
 */
export function writeBareAstroSite(root: string, activitiesCsv: string, langs: readonly string[]): void {
  rmSync(root, { recursive: true, force: true });
  const pages = join(root, "src/pages/[lang]/activities");
  mkdirSync(pages, { recursive: true });
  symlinkSync(resolve("node_modules"), join(root, "node_modules"), "dir");
  writeFileSync(
    join(root, "astro.config.mjs"),
    `export default ${JSON.stringify({ output: "static", vite: { cacheDir: join(root, ".vite") } })};\n`,
  );
  const activities: BareActivity[] = [];
  Papa.parse<Record<string, string>>(readFileSync(activitiesCsv, "utf8"), {
    header: true,
    skipEmptyLines: true,
    step: ({ data }) => {
      const id = data.id ?? "";
      const titles = Object.fromEntries(langs.map((lang) => [lang, data[`title_${lang}`] ?? id]));
      activities.push({ id, titles, fields: Object.entries(data) });
    },
  });
  const dataFile = join(root, "activities.json");
  writeFileSync(dataFile, JSON.stringify(activities));
  writeFileSync(
    join(pages, "[id].astro"),
    `---
import { readFileSync } from "node:fs";
export function getStaticPaths() {
  const activities = JSON.parse(readFileSync(${JSON.stringify(dataFile)}, "utf8"));
  return ${JSON.stringify(langs)}.flatMap((lang) =>
    activities.map((activity) => ({ params: { lang, id: activity.id }, props: { activity, lang } })),
  );
}
const { activity, lang } = Astro.props;
const title = activity.titles[lang];
---
<!doctype html><html lang={lang}><head><meta charset="utf-8"><title>{title}</title></head>
<body><p role="note">Synthetic data</p><main><h1>{title}</h1><table>
{activity.fields.map(([name, value]) => <tr><th>{name}</th><td>{value}</td></tr>)}
</table></main></body></html>
`,
  );
}

/** The command that builds the bare site in `root` into `outDir` (run it with `ASTRO_TELEMETRY_DISABLED=1`). */
export function bareAstroBuild(root: string, outDir: string): [string, string[]] {
  return [
    process.execPath,
    [resolve("node_modules/astro/bin/astro.mjs"), "build", "--root", root, "--outDir", outDir, "--silent"],
  ];
}
