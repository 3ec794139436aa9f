// Loaded with `node --import` into a benchmarked process: at exit it writes the process's CPU time (its own
// and that of the children it waited for, such as Pagefind's binary and git) and its peak memory, as JSON,
// to clausebook-usage-<pid>.json in the system's temporary folder, where the bench (which knows the pid)
// reads it. Node reports no rusage of children, so theirs comes from /proc.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

process.on('exit', () => {
  const own = process.resourceUsage();
  // /proc/self/stat fields 16 and 17: cutime and cstime, in clock ticks (100 per second on Linux).
  let children = 0;
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch { /* not Linux: the children's time is not known */ }
  writeFileSync(path.join(tmpdir(), `clausebook-usage-${process.pid}.json`), JSON.stringify({ cpu: (own.userCPUTime + own.systemCPUTime) / 1e6 + children, maxRssMiB: own.maxRSS / 1024 }));
});
