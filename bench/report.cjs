// Preloaded into the benchmark's child processes (`node -r ./bench/report.cjs …`): on exit, writes
// the process's CPU time and peak RSS to file descriptor 3, where the benchmark reads them. CPU
// time, unlike wall time, hardly moves when other work shares the machine.
const { writeSync } = require('node:fs');

process.on('exit', () => {
  const cpu = process.cpuUsage();
  const usage = process.resourceUsage();
  writeSync(3, JSON.stringify({ cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMB: usage.maxRSS / 1024 }));
});
