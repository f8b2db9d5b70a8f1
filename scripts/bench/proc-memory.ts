import { readdirSync, readFileSync } from 'node:fs';

function readProc(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // the process ended between listing and reading
  }
}

/** The pid and every descendant of it, found through each process's parent in /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    // The command name in parentheses may hold spaces; fields after the last `)` are fixed.
    const parent = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
    if (!Number.isNaN(parent)) children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/** Polls the tree under `pid` for the highest VmHWM of any one process (the same measure as `time -v`). */
export function pollPeakRss(pid: number, everyMs = 50): { stop: () => number | null } {
  let peakKb = 0;
  const sample = () => {
    for (const member of processTree(pid)) {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readProc(`/proc/${member}/status`) ?? '');
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peakKb > 0 ? peakKb * 1024 : null;
    },
  };
}
