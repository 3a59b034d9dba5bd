import type { Command } from 'commander'
import { loadConfig, type Config } from '../config.ts'

/** The configuration for a subcommand: its parent's global `--data` plus its own flags. */
export function configFrom(command: Command, flags: { port?: string; host?: string } = {}): Config {
  const { data } = command.optsWithGlobals<{ data?: string }>()
  return loadConfig({ data, ...flags })
}
