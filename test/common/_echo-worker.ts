// A worker for worker-pool.test.ts: doubles a number, and exits the thread on a negative one.
import { serveJobs } from "../../src/common/worker-pool.ts";

serveJobs((job: number) => {
  if (job < 0) process.exit(3);
  return { result: job * 2 };
});
