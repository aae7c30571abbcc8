/** Chat API under load: 50 connections sending messages to 200 conversations (40 of them accept an officer), SQLite. */
import autocannon from "autocannon";
import { startServerProcess } from "./server-process";

const MESSAGES = [
  "gaji sy blm dibayar 3 bulan",
  "paspor saya ditahan majikan",
  "sy gk dikasih libur sama sekali",
  "nomor kbri hongkong brp ya",
  "tolong majikan mukul saya",
  "mau pulang ke indonesia tapi gak ada uang",
  "halo",
  "makasih ya",
  "cara kirim uang ke kampung yang murah",
  "agen minta biaya lagi padahal sudah potong gaji",
];
/**
 * After the danger message the assistant offers an officer. One conversation in five accepts, so
 * the load includes opening cases and keeping those conversations' messages (encrypted).
 */
const ACCEPTING = [...MESSAGES.slice(0, 5), "ya, hubungi petugas", ...MESSAGES.slice(5)];

export async function runChatApiBench(seconds = 10) {
  const server = await startServerProcess();
  try {
    const sessions: { id: string; token: string }[] = [];
    for (let i = 0; i < 200; i++) {
      const response = await fetch(`${server.url}/api/v1/chat/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ country: ["HK", "MY", "SA", "TW", "SG"][i % 5] }),
      });
      sessions.push((await response.json()) as { id: string; token: string });
    }
    let n = 0;
    const result = await autocannon({
      url: server.url,
      connections: 50,
      duration: seconds,
      // Two seconds of the same load first, unmeasured: the steady state, not the JIT compiling.
      // (autocannon 8 supports it; its type definitions do not list it yet)
      ...{ warmup: { connections: 50, duration: 2 } },
      requests: [
        {
          method: "POST",
          setupRequest: (request) => {
            const index = n % sessions.length;
            const session = sessions[index]!;
            const script = index % 5 === 0 ? ACCEPTING : MESSAGES;
            const text = script[Math.floor(n / sessions.length) % script.length]!;
            n++;
            return {
              ...request,
              path: `/api/v1/chat/sessions/${session.id}/messages`,
              headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
              body: JSON.stringify({ text }),
            };
          },
        },
      ],
    });
    return {
      messagesPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.non2xx,
      target: "≥ 1,000 messages/s, p99 ≤ 50 ms (SQLite, 50 connections)",
    };
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runChatApiBench());
}
