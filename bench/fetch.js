'use strict';
// Sequential fetch() throughput against local servers (bench/http-server.js, run by
// bench/fetch.sh under Node for both runtimes, so only the client differs): each case
// runs for BENCH_TIME_MS and prints "case requests/s" (per second of CPU time with
// BENCH_CLOCK=cpu).
// Usage: fetch.js <hello url> <json url> <stream url> [filter]
// Cases: text (GET, text() of 12 bytes), json-post (POST 1 KiB JSON, json() of the
// answer), stream-1mib (GET 1 MiB, read through response.body), arraybuffer-1mib
// (GET 1 MiB, arrayBuffer()).
const [helloURL, jsonURL, streamURL, filter] = process.argv.slice(2);
const timeMs = Number(process.env.BENCH_TIME_MS || 2000);
// BENCH_CLOCK=cpu: time by this process's CPU time (steadier on a loaded machine).
const cpuClock = process.env.BENCH_CLOCK === 'cpu';
function now() {
  if (!cpuClock) return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const items = Array.from({ length: 100 }, (_, i) => ({ v: i }));
const jsonBody = JSON.stringify({ id: 42, items, pad: 'x'.repeat(300) });

const cases = {
  async 'text'() {
    await (await fetch(helloURL)).text();
  },
  async 'json-post'() {
    const res = await fetch(jsonURL, {
      method: 'POST', body: jsonBody, headers: { 'content-type': 'application/json' },
    });
    await res.json();
  },
  async 'stream-1mib'() {
    const res = await fetch(streamURL);
    for await (const chunk of res.body) void chunk;
  },
  async 'arraybuffer-1mib'() {
    await (await fetch(streamURL)).arrayBuffer();
  },
};

(async () => {
  for (const [name, run] of Object.entries(cases)) {
    if (filter && !name.includes(filter)) continue;
    for (let i = 0; i < 20; i++) await run(); // warm-up
    let count = 0;
    const start = now();
    let elapsed = 0;
    while (elapsed < timeMs) {
      await run();
      count++;
      elapsed = now() - start;
    }
    console.log(`${name} ${(count * 1000 / elapsed).toFixed(1)}`);
  }
})();
