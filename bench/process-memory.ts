import fs from 'node:fs';

// Resident memory of a process and all its descendants, read from /proc (Linux), in bytes.
function childrenOf(pid: number, table: Map<number, number[]>): number[] {
  return (table.get(pid) ?? []).flatMap((child) => [child, ...childrenOf(child, table)]);
}

function parentTable(): Map<number, number[]> {
  const table = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      table.set(ppid, [...(table.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function treeRss(rootPid: number): number {
  return [rootPid, ...childrenOf(rootPid, parentTable())].reduce((sum, pid) => sum + rssOf(pid), 0);
}

// Samples the tree's memory until stopped; returns the peak seen.
export function watchPeakMemory(rootPid: number, everyMs = 200) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(rootPid));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
    peak: () => peak,
  };
}
