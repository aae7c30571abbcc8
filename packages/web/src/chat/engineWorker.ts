/**
 * The phone's assistant in its own thread (a module Web Worker): the classifier trains here, on the
 * first request, and answers `warm`, `start` and `respond` (see engineRpc.ts), so the screen never
 * freezes while it does. Vite bundles this file and everything it imports into one worker chunk,
 * which the service worker precaches with the rest of the app.
 */
import { type EngineRequest, type EngineResponse, engineHandler } from "./engineRpc";
import { createLocalEngine } from "./localEngine";

/** The parts of the worker's global scope used here (the project's types are the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
}

const scope = self as unknown as WorkerScope;
const handle = engineHandler(createLocalEngine);
scope.onmessage = (event) => scope.postMessage(handle(event.data));
