// @vitest-environment node
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { afterAll, describe, expect, it } from 'vitest'

// The layer rule of `npm run lint` (eslint.config.js), run on probe files placed in the real
// tree: an import that runs back up, or a circle, must fail lint. Only the import rules run
// (the type-aware ones need files the TypeScript project knows).
const root = resolve(import.meta.dirname, '../../..')
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => ruleId.startsWith('import-x/'),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
})

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) })
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`)
}

describe('the layers, as lint enforces them', () => {
  it.each([
    ['src/features/settings/Probe.ts', "import { useTasksStore } from '../tasks/tasksStore.ts'"],
    ['src/features/tasks/Probe.ts', "import { useGenerate } from '../composer/useGenerate.ts'"],
    ['src/features/composer/Probe.ts', "import { wireApp } from '../../app/start.ts'"],
    [
      'src/profiles/Probe.ts',
      "import { relayKeys } from '../api/queries.ts'\nimport { catalogQuery } from '../features/models/catalog.ts'",
    ],
    ['src/api/Probe.ts', "import { profileFor } from '../profiles/registry.ts'"],
    ['src/lib/Probe.ts', "import { relay } from '../api/relay.ts'"],
  ])('%s may not import a layer above it', async (file, code) => {
    const found = await problems(file, code)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(
      /^import-x\/no-restricted-paths: .*may import only the layers below it/,
    )
  })

  it('keeps the window shell apart: it imports only src/lib, and only the app imports it', async () => {
    expect(
      await problems(
        'src/features/windows/Probe.ts',
        "import { TaskBody } from '../tasks/TaskBody.tsx'",
      ),
    ).toEqual([expect.stringMatching(/knows nothing of what windows hold/)])
    expect(
      await problems('src/features/tasks/Probe.ts', "import { Dock } from '../windows/Dock.tsx'"),
    ).toEqual([expect.stringMatching(/Only src\/app composes the window shell/)])
  })

  it('lets each layer import those below it', async () => {
    expect(
      await problems(
        'src/features/composer/Probe.ts',
        [
          "import { startTasks } from '../tasks/createTasks.ts'",
          "import { useCredentials } from '../settings/settingsStore.ts'",
          "import { catalogQuery } from '../models/catalog.ts'",
          "import { profileFor } from '../../profiles/registry.ts'",
          "import { relay } from '../../api/relay.ts'",
          "import { formatQuota } from '../../lib/format.ts'",
        ].join('\n'),
      ),
    ).toEqual([])
    expect(
      await problems('src/app/Probe.ts', "import { Dock } from '../features/windows/Dock.tsx'"),
    ).toEqual([])
  })

  describe('circles', () => {
    const dir = join(root, 'src/lib/__lint_probe__')
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('fails on two files that import each other', async () => {
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts'\nexport const a = () => b\n")
      writeFileSync(join(dir, 'b.ts'), "import { a } from './a.ts'\nexport const b = () => a\n")
      const [result] = await eslint.lintFiles([join(dir, 'a.ts')])
      expect(result?.messages.map((m) => m.ruleId)).toEqual(['import-x/no-cycle'])
    })
  })
})
