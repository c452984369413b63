/** Live processes and ports, to check that nothing the job started is left behind. */
import { readdirSync, readFileSync } from 'node:fs'
import { createConnection } from 'node:net'

/** The pids of this process's live children (Linux `/proc`). */
export function childPids(): number[] {
  const children: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // pid (comm) state ppid ...: comm may contain spaces, so read after the last ')'.
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(ppid) === process.pid && state !== 'Z') children.push(Number(entry))
    } catch {
      // the process ended while we looked
    }
  }
  return children
}

/** Whether nothing accepts connections on the loopback port. */
export function portClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })
}

/** Whether a process with this pid is alive. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
