// Starts a TypeScript module in a worker thread under tsx: a worker does not inherit the loader
// that `tsx` registered in the main thread, so it registers tsx's ESM hooks itself and then
// imports the module named in `workerData.module`.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
