'use strict';
// One stdio throughput case (bench/stdio.sh wires stdin/stdout for it); prints
// "<case> <MB/s>" on stderr.
const kind = process.argv[2];
const MB = 1024 * 1024;
const report = (bytes, ms) => process.stderr.write(`${kind} ${(bytes / MB / (ms / 1000)).toFixed(1)}\n`);

if (kind === 'stdout-lines' || kind === 'stdout-file-lines') {
  const line = 'a line of text written to stdout, like a log\n';
  const n = 300000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) process.stdout.write(line);
  // The callback of a last empty write runs once everything before it is out.
  process.stdout.write('', () => report(n * line.length, performance.now() - t0));
} else if (kind === 'stdout-64k') {
  const chunk = Buffer.alloc(64 * 1024, 120);
  const n = 4096;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) process.stdout.write(chunk);
  process.stdout.write('', () => report(n * chunk.length, performance.now() - t0));
} else if (kind === 'stdin-read' || kind === 'stdin-pipe-stdout') {
  let bytes = 0;
  let t0;
  process.stdin.on('data', (c) => {
    t0 ??= performance.now();
    bytes += c.length;
  });
  if (kind === 'stdin-pipe-stdout') process.stdin.pipe(process.stdout);
  process.stdin.on('end', () => report(bytes, performance.now() - t0));
}
