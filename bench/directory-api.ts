/** Directory API under load: autocannon against the real server in its own process. */
import autocannon from "autocannon";
import { startServerProcess } from "./server-process";

export async function runDirectoryApiBench(seconds = 10) {
  const server = await startServerProcess();
  try {
    const paths = [
      "/api/v1/directory?country=HK",
      "/api/v1/directory?country=MY&city=Johor%20Bahru",
      "/api/v1/directory?country=SA&kind=mission",
      "/api/v1/directory?country=TW&q=shelter",
      "/api/v1/countries/SG",
    ];
    // Warm up each query once.
    for (const path of paths) await fetch(server.url + path);
    const result = await autocannon({
      url: server.url,
      connections: 50,
      duration: seconds,
      requests: paths.map((path) => ({ method: "GET", path })),
    });
    return {
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.non2xx,
      target: "≥ 3,000 requests/s, p99 ≤ 20 ms",
    };
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runDirectoryApiBench());
}
