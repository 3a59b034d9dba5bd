import { Command } from 'commander'
import { settingKeys } from '../core/settings.ts'
import { checkSettingKey, loadSettings, parseSetting, setSetting } from '../services/settings-service.ts'
import { withAppContext } from './with-app-context.ts'

export function settingsCommand(): Command {
  const settings = new Command('settings').description(`site settings: ${settingKeys.join(', ')}`)
  settings
    .command('set')
    .argument('<key>')
    .argument('<value>')
    .description('set a setting (checked before it is stored)')
    .action(async (key: string, value: string, _opts, command: Command) => {
      const checked = parseSetting(key, value)
      await withAppContext(command, (ctx) => setSetting(ctx.deps, key, value))
      console.log(`${checked.key} = ${checked.value}`)
    })
  settings
    .command('get')
    .argument('<key>')
    .description('print one setting')
    .action(async (key: string, _opts, command: Command) => {
      const known = checkSettingKey(key)
      const all = await withAppContext(command, (ctx) => loadSettings(ctx.deps.store))
      console.log(String(all[known]))
    })
  settings
    .command('list')
    .description('print every setting')
    .action(async (_opts, command: Command) => {
      const all = await withAppContext(command, (ctx) => loadSettings(ctx.deps.store))
      for (const key of settingKeys) console.log(`${key} = ${all[key]}`)
    })
  return settings
}
