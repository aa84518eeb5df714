import type { Parser } from 'web-tree-sitter';
import { extractFile } from '../core/extract';
import type { BuildOptions, FileResult, SourceFile } from '../core/types';
import type { ExtractRequest, ExtractResponse } from './protocol';

interface Pending {
  resolve(result: FileResult): void;
  reject(error: Error): void;
}

interface Helper {
  worker: Worker;
  pending: Map<number, Pending>;
  broken: boolean;
}

/**
 * Extracts files on this worker and on helper workers, one per further core,
 * so files are parsed in parallel. A helper that fails is dropped and its
 * files are extracted here instead.
 */
export class ExtractPool {
  private helpers: Helper[] = [];
  private turn = 0;
  private requests = 0;

  constructor(private readonly parser: Parser, helperCount: number) {
    for (let index = 0; index < helperCount; index++) {
      try {
        this.helpers.push(this.startHelper());
      } catch {
        // A browser that cannot start nested workers extracts everything here.
        break;
      }
    }
  }

  /** Members of the pool, this worker included. */
  get size(): number {
    return this.helpers.filter((helper) => !helper.broken).length + 1;
  }

  /** Extract one file on the next member of the pool, this worker included. */
  extract(file: SourceFile, options: BuildOptions): Promise<FileResult> {
    const members = this.helpers.filter((helper) => !helper.broken);
    const slot = this.turn++ % (members.length + 1);
    if (slot === members.length) return Promise.resolve().then(() => extractFile(this.parser, file, options));

    const helper = members[slot];
    const index = this.requests++;
    // Copy the bytes: a stored zip entry is a view of the whole archive, which must not be transferred.
    const bytes = file.bytes.slice();
    const request: ExtractRequest = { index, file: { ...file, bytes }, options };
    return new Promise((resolve, reject) => {
      helper.pending.set(index, { resolve, reject });
      helper.worker.postMessage(request, [bytes.buffer]);
    }).catch(() => extractFile(this.parser, file, options)) as Promise<FileResult>;
  }

  private startHelper(): Helper {
    const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
    const helper: Helper = { worker, pending: new Map(), broken: false };
    worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
      const response = event.data;
      const pending = helper.pending.get(response.index);
      helper.pending.delete(response.index);
      if (pending === undefined) return;
      if ('result' in response) pending.resolve(response.result);
      else pending.reject(new Error(response.error.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      console.error(`A parse helper failed (${event.message}); its files are parsed by the main parse worker.`);
      helper.broken = true;
      for (const pending of helper.pending.values()) pending.reject(new Error(event.message));
      helper.pending.clear();
      worker.terminate();
    };
    return helper;
  }
}
