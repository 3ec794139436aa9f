// Loaded with `node --import` into a benchmarked process: at exit it writes the process's CPU time (its own
// and that of the children it waited for, such as Pagefind's binary and git) and its peak memory, as JSON,
// to clausebook-usage-<pid>.json in the system's temporary folder, where the bench (which knows the pid)
// reads it. Node reports no rusage of children, so theirs comes from /proc.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Fields of /proc/<pid>/stat from the third on: [11] utime, [12] stime, [13] cutime, [14] cstime, in clock ticks (100 per second). */
const stat = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');

process.on('exit', () => {
  const own = process.resourceUsage();
  let children = 0;
  try {
    // The children this process waited for (cutime, cstime)…
    const fields = stat('self');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
    // …and those it has not waited for yet: a child killed just before exit (Pagefind's binary, which
    // pagefind.close() kills without waiting) has ended, but its time is not in cutime until it is reaped.
    for (const task of readdirSync('/proc/self/task')) {
      for (const pid of readFileSync(`/proc/self/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) {
        const child = stat(pid);
        children += (Number(child[11]) + Number(child[12]) + Number(child[13]) + Number(child[14])) / 100;
      }
    }
  } catch { /* not Linux: the children's time is not known */ }
  writeFileSync(path.join(tmpdir(), `clausebook-usage-${process.pid}.json`), JSON.stringify({ cpu: (own.userCPUTime + own.systemCPUTime) / 1e6 + children, maxRssMiB: own.maxRSS / 1024 }));
});
