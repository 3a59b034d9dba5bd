import type { Logger } from '../core/ports.ts'

export interface Job {
  name: string
  /** How often it runs, in milliseconds. */
  everyMs: number
  run(): Promise<unknown>
}

/**
 * Runs background jobs on their intervals, each never overlapping itself, and each once at start-up (so a
 * scheduled story whose time passed while the server was down goes out as soon as it is back).
 */
export function startJobs(
  jobs: readonly Job[],
  logger: Logger,
): { stop(): Promise<void>; runAll(): Promise<void> } {
  const running = new Map<string, Promise<void>>()
  const runOne = (job: Job) => {
    const current = running.get(job.name)
    if (current) return current
    const next = job
      .run()
      .then(() => undefined)
      .catch((error: unknown) => logger.error(`Job ${job.name} failed: ${(error as Error).message}`))
      .finally(() => running.delete(job.name))
    running.set(job.name, next)
    return next
  }
  const timers = jobs.map((job) => {
    const timer = setInterval(() => void runOne(job), job.everyMs)
    timer.unref()
    return timer
  })
  void Promise.all(jobs.map(runOne))
  return {
    /** Starts no more runs, and waits for those under way (they may be writing to the store). */
    async stop() {
      timers.forEach(clearInterval)
      await Promise.all([...running.values()])
    },
    runAll: async () => {
      await Promise.all(jobs.map(runOne))
    },
  }
}
