/// <reference lib="webworker" />
import runtimeUrl from 'web-tree-sitter/web-tree-sitter.wasm?url';
import grammarUrl from 'tree-sitter-python/tree-sitter-python.wasm?url';
import { extractFile } from '../core/extract';
import { loadPythonParser } from '../core/parser';
import { toWorkerError, type ExtractRequest, type ExtractResponse } from './protocol';

// A helper of the parse worker: it extracts one file at a time, so that
// several files are parsed at once on machines with more than one core.

const scope = self as unknown as DedicatedWorkerGlobalScope;
const parser = loadPythonParser({ runtime: runtimeUrl, grammar: grammarUrl });

scope.onmessage = async (event: MessageEvent<ExtractRequest>) => {
  const { index, file, options } = event.data;
  let response: ExtractResponse;
  try {
    response = { index, result: extractFile(await parser, file, options) };
  } catch (error) {
    response = { index, error: toWorkerError(error) };
  }
  scope.postMessage(response);
};
