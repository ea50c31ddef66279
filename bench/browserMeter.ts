// What a page costs the browser while it does one thing (a search, a filter, a download): the requests
// and bytes received (Playwright's network events, which include the page's workers), the time to the result, the
// JavaScript heap of the page and of its workers (Pagefind searches in a web worker), and the resident
// memory of the renderer processes.
import { readFileSync } from "node:fs";
import type { Browser, CDPSession, Page } from "playwright-core";

/** What one step cost. */
export interface StepCost {
  ms: number;
  requests: number;
  /** Bytes received (response bodies as sent, gzip where the server compressed them, and headers). */
  bytes: number;
  /** Requests whose path contains the meter's `focus` (e.g. `/pagefind/` or `/explorer/`). */
  focusRequests: number;
  focusBytes: number;
  /** Used JavaScript heap of the page's main thread, and of its workers, after the step. */
  heapMB: number;
  workerHeapMB: number | undefined;
  /** CPU time of all the browser's processes during the step (DevTools' process list), in seconds. */
  browserCpuSeconds: number | undefined;
  /** Resident memory of the largest renderer process after the step, and its peak so far (Linux `/proc`). */
  rendererMB: number | undefined;
  rendererPeakMB: number | undefined;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Reads a `/proc/<pid>/status` figure in MB (undefined where there is no `/proc`). */
function procStatusMB(pid: number, field: "VmRSS" | "VmHWM"): number | undefined {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith(`${field}:`));
    return line ? Math.round(Number(line.replace(/\D+/g, "")) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** Measures the steps of one page: network, time and memory. */
export class BrowserMeter {
  private requests = 0;
  private bytes = 0;
  private focusRequests = 0;
  private focusBytes = 0;

  private readonly page: Page;
  private readonly cdp: CDPSession;
  private readonly browserCdp: CDPSession;

  private readonly pending: Promise<void>[] = [];

  private constructor(page: Page, cdp: CDPSession, browserCdp: CDPSession, focus: string) {
    this.page = page;
    this.cdp = cdp;
    this.browserCdp = browserCdp;
    // Playwright's network events include the requests of the page's workers (Pagefind fetches its
    // index from one), which the page's own DevTools session does not see.
    const context = page.context();
    context.on("request", (request) => {
      this.requests += 1;
      if (request.url().includes(focus)) this.focusRequests += 1;
    });
    context.on("requestfinished", (request) => {
      this.pending.push(
        request.sizes().then(
          (sizes) => {
            const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
            this.bytes += bytes;
            if (request.url().includes(focus)) this.focusBytes += bytes;
          },
          () => {},
        ),
      );
    });
  }

  /** Starts measuring a page (before it navigates), counting separately the requests whose URL contains `focus`. */
  static async attach(browser: Browser, page: Page, focus: string): Promise<BrowserMeter> {
    const cdp = await page.context().newCDPSession(page);
    return new BrowserMeter(page, cdp, await browser.newBrowserCDPSession(), focus);
  }

  /** Runs a step (an action and the wait for its result) and returns what it cost. */
  async step(action: () => Promise<void>): Promise<StepCost> {
    this.requests = 0;
    this.bytes = 0;
    this.focusRequests = 0;
    this.focusBytes = 0;
    const cpuBefore = await this.browserCpu();
    const start = performance.now();
    await action();
    const ms = Math.round(performance.now() - start);
    const cpuAfter = await this.browserCpu();
    await Promise.all(this.pending.splice(0));
    const heap = await this.cdp.send("Runtime.getHeapUsage");
    const renderer = await this.rendererMemory();
    return {
      ms,
      requests: this.requests,
      bytes: this.bytes,
      focusRequests: this.focusRequests,
      focusBytes: this.focusBytes,
      heapMB: mb(heap.usedSize),
      workerHeapMB: await this.workerHeapMB(),
      browserCpuSeconds:
        cpuBefore !== undefined && cpuAfter !== undefined
          ? Math.round((cpuAfter - cpuBefore) * 100) / 100
          : undefined,
      rendererMB: renderer?.rss,
      rendererPeakMB: renderer?.peak,
    };
  }

  /** The page's workers' used heap in all, read through the browser's target list (undefined without workers). */
  private async workerHeapMB(): Promise<number | undefined> {
    if (this.page.workers().length === 0) return undefined;
    const { targetInfos } = await this.browserCdp.send("Target.getTargets");
    let used = 0;
    let read = false;
    for (const target of targetInfos.filter((t) => t.type === "worker")) {
      try {
        const { sessionId } = await this.browserCdp.send("Target.attachToTarget", {
          targetId: target.targetId,
          flatten: false,
        });
        const reply = new Promise<number>((resolve) => {
          const listener = (event: { sessionId?: string; message: string }) => {
            if (event.sessionId !== sessionId) return;
            const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
            if (message.id !== 1) return;
            this.browserCdp.off("Target.receivedMessageFromTarget", listener);
            resolve(message.result?.usedSize ?? 0);
          };
          this.browserCdp.on("Target.receivedMessageFromTarget", listener);
        });
        await this.browserCdp.send("Target.sendMessageToTarget", {
          sessionId,
          message: JSON.stringify({ id: 1, method: "Runtime.getHeapUsage" }),
        });
        used += await Promise.race([
          reply,
          new Promise<number>((_, reject) => setTimeout(() => reject(new Error("no reply")), 5000)),
        ]);
        read = true;
        await this.browserCdp.send("Target.detachFromTarget", { sessionId });
      } catch {
        // A worker that ended meanwhile, or a browser without the old (unflattened) protocol.
      }
    }
    return read ? mb(used) : undefined;
  }

  /** The browser's processes and what each has used: their ids and CPU time so far. */
  private async processes(): Promise<{ type: string; id: number; cpuTime: number }[]> {
    const info = (await this.browserCdp.send("SystemInfo.getProcessInfo")) as {
      processInfo: { type: string; id: number; cpuTime: number }[];
    };
    return info.processInfo;
  }

  /** CPU time of all the browser's processes so far, in seconds. */
  private async browserCpu(): Promise<number | undefined> {
    try {
      return (await this.processes()).reduce((sum, p) => sum + p.cpuTime, 0);
    } catch {
      return undefined;
    }
  }

  /** The resident memory of the largest renderer process, now and at its peak. */
  private async rendererMemory(): Promise<{ rss: number; peak: number } | undefined> {
    try {
      let best: { rss: number; peak: number } | undefined;
      for (const p of (await this.processes()).filter((p) => p.type === "renderer")) {
        const rss = procStatusMB(p.id, "VmRSS");
        const peak = procStatusMB(p.id, "VmHWM");
        if (rss !== undefined && peak !== undefined && (!best || rss > best.rss)) best = { rss, peak };
      }
      return best;
    } catch {
      return undefined;
    }
  }

  /** Stops listening to the browser. */
  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => {});
    await this.browserCdp.detach().catch(() => {});
  }
}
