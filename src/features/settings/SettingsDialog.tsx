import { forgetCredentials } from './demo.ts'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import type { Credentials } from '../../api/types.ts'
import { relayId } from '../../api/relayId.ts'
import { catalogQuery, offeredByDefault, type Catalog } from '../models/catalog.ts'
import { accountOf, sameCredentials } from './account.ts'
import { ModelChooser } from './ModelChooser.tsx'
import {
  resealSettings,
  slotsSetting,
  useSettingsActions,
  useSettingsStore,
} from './settingsStore.ts'
import { SlotsField } from './SlotsField.tsx'
import { DialectField } from './DialectField.tsx'
import { useRelayDialects, type DialectChoice } from './relayDialects.ts'
import { useT } from '../../lib/i18n/i18n.ts'
import { sealWithDeviceKey, sealWithPassphrase } from '../../lib/vault/vault.ts'
import { useVaultStore } from '../../lib/vault/vaultStore.ts'
import { normaliseBaseUrl } from './baseUrl.ts'
import { ConfirmButton } from './ConfirmButton.tsx'
import { ConnectionTest } from './ConnectionTest.tsx'
import { closeSettings } from './settingsUi.ts'
import { StorageModeField, type StorageChoice } from './StorageModeField.tsx'
import { RelayFields } from './RelayFields.tsx'
import { ResetDemoQuota } from './ResetDemoQuota.tsx'
import { KeepField } from '../library/KeepField.tsx'
import { keepPrefs, useKeepPrefs } from '../library/keepPrefs.ts'
import { AlertsField } from './AlertsField.tsx'
import { alertPrefs, useAlertPrefs } from './alertPrefs.ts'

type Problem = { field: 'url' | 'key' | 'passphrase'; text: string } | null

/** Base URL, key, models and how they are kept. Nothing is stored until Save. */
/** What the settings let a part from above (the relay doctor, in src/app) work with. */
export interface SettingsSlot {
  /** The base URL and key being edited. */
  credentials: () => Credentials | null
  /** Puts an address in the base URL field (not saved until Save). */
  putBaseUrl: (baseUrl: string) => void
}

export default function SettingsDialog({
  doctor,
}: {
  /** The relay doctor, given by the app (it reads tasks, a layer above the settings). */
  doctor?: (slot: SettingsSlot) => ReactNode
} = {}) {
  const t = useT()
  const stored = useSettingsStore.getState()
  const vaultMode = useVaultStore((s) => s.mode)
  const { saved } = useSettingsActions()
  // The credentials kept now (none while on the demo relay): the form starts from them.
  const keptCredentials = stored.demo ? null : stored.credentials
  const [baseUrl, setBaseUrl] = useState(keptCredentials?.baseUrl ?? '')
  const [apiKey, setApiKey] = useState('')
  const queryClient = useQueryClient()
  const savedRelay = relayId(stored.credentials?.baseUrl ?? '')
  // What a relay said, with the relay and key it said it to: shown and kept only for those.
  const [known, setKnown] = useState<{ catalog: Catalog | undefined; from: Credentials | null }>(
    () => ({
      catalog: queryClient.getQueryData<Catalog>(
        catalogQuery(savedRelay, accountOf(stored.credentials)).queryKey,
      ),
      from: stored.credentials,
    }),
  )
  // Untouched, the composer keeps following the relay's own list; a choice is remembered.
  const [chosen, setChosen] = useState<string[] | null>(stored.chosenModels[savedRelay] ?? null)
  const [storage, setStorage] = useState<StorageChoice>({
    mode: vaultMode,
    passphrase: '',
    confirm: '',
    autoLockMinutes: stored.autoLockMinutes,
  })
  const [keep, setKeep] = useState(keepPrefs)
  // Jobs at once, per relay: the one being edited (the saved one's until another is typed).
  const [slots, setSlots] = useState<number | null>(null)
  const [alerts, setAlerts] = useState(alertPrefs)
  // The dialect chosen for the relay being edited; saved with the rest.
  const [dialect, setDialect] = useState<DialectChoice | null>(null)
  const [problem, setProblem] = useState<Problem>(null)
  const [saving, setSaving] = useState(false)
  // A test that failed for exactly the values about to be saved: Save asks once.
  const [failedTest, setFailedTest] = useState<{ baseUrl: string; apiKey: string } | null>(null)
  const [askedAnyway, setAskedAnyway] = useState(false)
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => dialog.current?.showModal(), [])

  const url = normaliseBaseUrl(baseUrl)
  // The saved key is kept only for the relay it was saved for: never sent to a new address.
  const keyFor = (u: string) =>
    apiKey.trim() || (keptCredentials?.baseUrl === u ? keptCredentials.apiKey : '')

  function validate(): Problem {
    if (!url.ok) {
      const text = {
        empty: 'settings.urlEmpty',
        invalid: 'settings.urlInvalid',
        insecure: 'settings.badUrl',
      } as const
      return { field: 'url', text: t(text[url.reason]) }
    }
    if (!keyFor(url.url)) return { field: 'key', text: t('settings.keyNeeded') }
    if (
      storage.mode === 'passphrase' &&
      (storage.passphrase || storage.confirm || vaultMode !== 'passphrase')
    ) {
      if (storage.passphrase.length < 8)
        return { field: 'passphrase', text: t('settings.passphraseShort') }
      if (storage.passphrase !== storage.confirm)
        return { field: 'passphrase', text: t('settings.passphraseMismatch') }
    }
    return null
  }

  // On the built-in demo relay with nothing typed, Save keeps the demo and its model choice.
  const demoOnly = stored.demo && !baseUrl.trim() && !apiKey.trim()
  const typed = () =>
    url.ok && keyFor(url.url) ? { baseUrl: url.url, apiKey: keyFor(url.url) } : null
  const draftCredentials = () => typed() ?? (demoOnly ? stored.credentials : null)
  const draft = typed()
  const slotsRelay = relayId(draft?.baseUrl ?? stored.credentials?.baseUrl ?? '')
  const shownSlots = slots ?? slotsSetting(slotsRelay, stored)
  const savedDialect = useRelayDialects((s) => s.choice[slotsRelay] ?? 'auto')
  const saveDialect = (relay: string) => {
    if (dialect !== null) useRelayDialects.getState().actions.chosen(relay, dialect)
  }
  const withSlots = (relay: string) =>
    slots === null ? {} : { slotsByRelay: { ...stored.slotsByRelay, [relay]: slots } }
  // Another relay or key typed: the old one's models and prices are not this one's.
  const catalog = sameCredentials(known.from, draftCredentials()) ? known.catalog : undefined
  const offered = chosen ?? offeredByDefault(stored.extraModels, catalog)
  const keepCatalog = (credentials: Credentials | null) => {
    if (!catalog || !credentials) return
    const relay = relayId(credentials.baseUrl)
    queryClient.setQueryData(catalogQuery(relay, accountOf(credentials)).queryKey, catalog)
  }
  const testFailedForThese =
    failedTest !== null &&
    draft !== null &&
    draft.baseUrl === failedTest.baseUrl &&
    draft.apiKey === failedTest.apiKey

  async function save(e: FormEvent) {
    e.preventDefault()
    if (demoOnly) {
      useKeepPrefs.getState().actions.saved(keep)
      useAlertPrefs.getState().actions.saved(alerts)
      saved({
        ...(chosen && { chosenModels: { ...stored.chosenModels, [savedRelay]: chosen } }),
        autoLockMinutes: storage.autoLockMinutes,
        ...withSlots(savedRelay),
      })
      keepCatalog(stored.credentials)
      saveDialect(savedRelay)
      return closeSettings()
    }
    const found = validate()
    setProblem(found)
    if (found || !url.ok) return
    if (testFailedForThese && !askedAnyway) return setAskedAnyway(true)
    setSaving(true)
    useKeepPrefs.getState().actions.saved(keep)
    useAlertPrefs.getState().actions.saved(alerts)
    const relay = relayId(url.url)
    saveDialect(relay)
    saved({
      credentials: { baseUrl: url.url, apiKey: keyFor(url.url) },
      ...(chosen && { chosenModels: { ...stored.chosenModels, [relay]: chosen } }),
      autoLockMinutes: storage.autoLockMinutes,
      ...withSlots(relay),
    })
    keepCatalog(useSettingsStore.getState().credentials)
    if (storage.mode === 'passphrase' && storage.passphrase)
      await sealWithPassphrase(storage.passphrase, resealSettings)
    if (storage.mode === 'device' && vaultMode === 'passphrase')
      await sealWithDeviceKey(resealSettings)
    closeSettings()
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={closeSettings}
      className="m-auto max-h-[calc(100vh-2rem)] w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-slate-600 bg-slate-900 p-0 text-slate-100 backdrop:bg-black/60"
    >
      <form onSubmit={(e) => void save(e)} className="space-y-5 p-5" noValidate>
        <h2 id={titleId} className="text-lg font-semibold">
          {t('settings.title')}
        </h2>
        <RelayFields
          baseUrl={baseUrl}
          onBaseUrl={setBaseUrl}
          apiKey={apiKey}
          onApiKey={setApiKey}
          removedPath={url.ok ? url.removed : null}
          savedKeyLast4={keptCredentials?.apiKey ? keptCredentials.apiKey.slice(-4) : null}
          urlError={problem?.field === 'url' ? problem.text : null}
          keyError={problem?.field === 'key' ? problem.text : null}
        />
        <ConnectionTest
          credentials={typed}
          onFailed={(failed) => {
            setFailedTest(failed)
            setAskedAnyway(false)
          }}
        />
        {demoOnly && (
          <div className="flex flex-wrap items-center gap-2">
            <p className="text-xs text-sky-300">{t('settings.demoNote')}</p>
            <ResetDemoQuota />
          </div>
        )}
        <ModelChooser
          chosen={offered}
          onChosen={setChosen}
          catalog={catalog}
          onCatalog={(found, from) => setKnown({ catalog: found, from })}
          credentials={draftCredentials}
        />
        <SlotsField value={shownSlots} onChange={setSlots} />
        <DialectField
          relay={slotsRelay}
          credentials={draftCredentials}
          value={dialect ?? savedDialect}
          onChange={setDialect}
        />
        {doctor?.({ credentials: draftCredentials, putBaseUrl: setBaseUrl })}
        <StorageModeField
          value={storage}
          onChange={(change) => setStorage((s) => ({ ...s, ...change }))}
          hasPassphrase={vaultMode === 'passphrase'}
          error={problem?.field === 'passphrase' ? problem.text : null}
        />
        <KeepField value={keep} onChange={setKeep} />
        <AlertsField value={alerts} onChange={setAlerts} />
        <div className="flex flex-wrap items-start justify-between gap-2 border-t border-slate-700 pt-4">
          {keptCredentials ? (
            <ConfirmButton
              label={t('settings.forget')}
              question={t('settings.forgetConfirm')}
              confirmLabel={t('settings.forgetYes')}
              onConfirm={async () => {
                await forgetCredentials()
                closeSettings()
              }}
            />
          ) : (
            <span />
          )}
          <div className="flex flex-col items-end gap-2">
            {testFailedForThese && askedAnyway && (
              <p role="alert" className="max-w-xs text-right text-sm text-amber-200">
                {t('settings.saveAnywayAsk')}
              </p>
            )}
            <div className="flex gap-2">
              <button type="button" className="btn-ghost" onClick={closeSettings}>
                {t('settings.cancel')}
              </button>
              <button type="submit" className="btn" disabled={saving}>
                {saving
                  ? t('settings.saving')
                  : testFailedForThese && askedAnyway
                    ? t('settings.saveAnyway')
                    : t('settings.save')}
              </button>
            </div>
          </div>
        </div>
      </form>
    </dialog>
  )
}
