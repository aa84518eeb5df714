// The JS heap of a page's workers, read over the DevTools protocol: a
// worker has no performance.memory of its own.
import type { CDPSession, Page } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
}

/** Reads the used JS heap of every worker of one page, nested workers included. */
export class WorkerHeaps {
  private sessions = new Map<string, string>();
  private pending = new Map<number, (result: Record<string, number>) => void>();
  private lastId = 0;

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: Record<string, number> };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result ?? {});
    });
  }

  static async open(page: Page): Promise<WorkerHeaps> {
    return new WorkerHeaps(await page.context().newCDPSession(page));
  }

  /** Return the used JS heap of the workers running now, in bytes. */
  async usedBytes(): Promise<number> {
    const results = await this.sendToWorkers('Runtime.getHeapUsage');
    return results.reduce((sum, result) => sum + (result.usedSize ?? 0), 0);
  }

  /** Run a full garbage collection in every worker. */
  async collectGarbage(): Promise<void> {
    await this.sendToWorkers('HeapProfiler.collectGarbage');
  }

  private async sendToWorkers(method: string): Promise<Array<Record<string, number>>> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    const workers = targetInfos.filter((target) => target.type === 'worker');
    return Promise.all(workers.map(async (worker) => this.send(await this.sessionFor(worker.targetId), method)));
  }

  private async sessionFor(targetId: string): Promise<string> {
    let sessionId = this.sessions.get(targetId);
    if (sessionId === undefined) {
      ({ sessionId } = (await this.cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string });
      this.sessions.set(targetId, sessionId);
    }
    return sessionId;
  }

  private async send(sessionId: string, method: string): Promise<Record<string, number>> {
    const id = ++this.lastId;
    const result = new Promise<Record<string, number>>((resolve) => this.pending.set(id, resolve));
    await this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    // A worker that ends before it replies counts as holding nothing.
    return Promise.race([result, new Promise<Record<string, number>>((resolve) => setTimeout(() => resolve({}), 2000))]);
  }
}
