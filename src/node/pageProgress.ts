import type { AstroIntegration } from "astro";

/** A message the Astro child process sends its parent (scripts/build.ts) while it renders pages. */
export interface PageProgressMessage {
  kind: "ksst-pages";
  /** Pages to render in all, once known. */
  total?: number;
  /** Pages rendered since the last message. */
  done?: number;
  /** Pages written outside Astro's page pipeline (src/node/activityPages.ts), added to the total. */
  outside?: number;
}

/**
 * Follows the pages Astro's process reports (`PageProgressMessage`): the total is Astro's own pages
 * plus those written outside its pipeline (src/site/activityPages.ts), whichever is reported first;
 * other messages are ignored.
 */
export function followPages(progress: {
  total(pages: number): void;
  done(pages: number): void;
}): (message: unknown) => void {
  let pipeline = 0;
  let outside = 0;
  return (message) => {
    const m = message as Partial<PageProgressMessage> | null;
    if (m?.kind !== "ksst-pages") return;
    if (m.total !== undefined || m.outside !== undefined) {
      pipeline = m.total ?? pipeline;
      outside = m.outside ?? outside;
      progress.total(pipeline + outside);
    }
    if (m.done !== undefined) progress.done(m.done);
  };
}

/**
 * Reports to the parent process (when there is one) pages written outside Astro's page pipeline:
 * `outside` once, how many there will be; then `done` as they are written.
 */
export function reportPages(message: { outside?: number; done?: number }): void {
  process.send?.({ kind: "ksst-pages", ...message } satisfies PageProgressMessage);
}

/**
 * An Astro integration that reports pages rendered and the total to the parent process, when Astro
 * runs as a child with an IPC channel (scripts/build.ts on a terminal); otherwise it does nothing.
 * It wraps Astro's prerenderer: the total comes from its list of static paths, and each page counts
 * once rendered. Messages are batched (every 50 pages or 200 ms).
 */
export function pageProgress(): AstroIntegration {
  return {
    name: "ksst-page-progress",
    hooks: {
      "astro:build:start": ({ setPrerenderer }) => {
        const send = process.send?.bind(process);
        if (!send) return;
        let pending = 0;
        let last = 0;
        const flush = () => {
          if (pending === 0) return;
          send({ kind: "ksst-pages", done: pending } satisfies PageProgressMessage);
          pending = 0;
          last = Date.now();
        };
        setPrerenderer((prerenderer) => {
          // Astro's own prerenderer with three methods wrapped; the others are inherited as they are.
          const wrapped: typeof prerenderer = Object.create(prerenderer);
          wrapped.getStaticPaths = async () => {
            const paths = await prerenderer.getStaticPaths();
            send({ kind: "ksst-pages", total: paths.length } satisfies PageProgressMessage);
            return paths;
          };
          wrapped.render = async (request, options) => {
            const rendered = await prerenderer.render(request, options);
            pending += 1;
            if (pending >= 50 || Date.now() - last > 200) flush();
            return rendered;
          };
          wrapped.teardown = async () => {
            flush();
            await prerenderer.teardown?.();
          };
          return wrapped;
        });
      },
    },
  };
}
