/** The settings and unlock dialogs' strings: a chunk per language, loaded with the dialogs. */
export const settingsDialogEn = {
  'settings.title': 'Relay settings',
  'settings.baseUrl': 'Base URL',
  'settings.baseUrlHint': 'The relay address, e.g. https://api.example.com',
  'settings.apiKey': 'API key',
  'settings.save': 'Save',
  'alerts.title': 'When a video is done',
  'alerts.notify': 'Show a desktop notification (while this tab is not in view)',
  'alerts.notifyNote':
    'Allowed by the browser. A click on the notification brings you to the video.',
  'alerts.blocked':
    'Blocked by the browser: allow notifications for this site in its site settings (the icon left of the address), then tick again.',
  'alerts.unsupported': 'This browser cannot show notifications.',
  'alerts.sound': 'Play a short sound',
  'settings.saveAnyway': 'Save anyway',
  'settings.saveAnywayAsk': 'The connection test failed with these settings. Save anyway?',
  'settings.cancel': 'Cancel',
  'settings.badUrl': 'Enter an https:// address (http:// only for localhost).',
  'settings.keyReveal': 'Show key',
  'settings.keyHide': 'Hide key',
  'settings.keySaved': 'A key ending in {last4} is saved. Leave this empty to keep it.',
  'settings.urlNote': 'Removed “{removed}”: the base URL is the address before /v1 or /v2.',
  'settings.urlEmpty': 'Enter the relay’s base URL.',
  'settings.urlInvalid': 'That is not a web address.',
  'settings.keyNeeded': 'Enter the API key.',
  'settings.test': 'Test connection',
  'settings.testing': 'Testing…',
  'conn.connected': 'Connected: {quota} left of {total}.',
  'conn.connectedUnlimited': 'Connected: unlimited quota.',
  'conn.connectedNoQuota': 'Connected. The quota could not be read.',
  'conn.unverified':
    'Connected — key not verified: this relay lists neither its models nor its quota. The first video will tell.',
  'conn.auth': 'Wrong key: the relay refused it (401).',
  'conn.network': 'Unreachable: nothing answered at this address.',
  'conn.cors':
    'Blocked by the browser: the relay does not allow calls from this page. It must allow the origin {origin} (CORS); the key is probably fine. The relay doctor below shows a way round it.',
  'conn.not_relay':
    'This address is not a relay API: it answered with a web page. Check the base URL.',
  'conn.unexpected': 'Unexpected answer from the relay: {detail}',
  'settings.models': 'Models',
  'settings.modelsHint':
    'Ticked models appear in the composer. Refresh asks the relay which models it serves; you can also add an id by hand.',
  'models.refresh': 'Refresh models',
  'models.refreshing': 'Asking the relay…',
  'models.needRelay': 'Enter the base URL and API key first.',
  'models.found': '{n} video models at this relay.',
  'models.unknownListed': '{n} more without a video hint: tick one if it makes videos.',
  'models.otherHidden': '{n} other models (not video) are not listed.',
  'models.noPricing': 'It has no price list.',
  'models.unavailable':
    'This relay does not list its models ({reason}); the built-in list is kept.',
  'models.price': '{price} per video',
  'settings.demoNote':
    'You are on the built-in demo relay: its models can be chosen below and saved as they are. Enter a relay’s address and key to use a real one.',
  'settings.modelId': 'Model id',
  'settings.addModel': 'Add',
  'settings.storage': 'Storage',
  'settings.mode.device': 'Remember on this device',
  'settings.mode.deviceNote':
    'The key is encrypted with a key kept on this device. This hides it from casual view, not from malware or a malicious script in this browser.',
  'settings.mode.passphrase': 'Lock with a passphrase',
  'settings.mode.passphraseNote':
    'The key is encrypted with a key derived from your passphrase, which is never stored. You type it when the app opens.',
  'settings.mode.unavailable':
    'The passphrase lock needs a secure page (https or localhost): this browser offers no Web Crypto here.',
  'settings.passphrase': 'Passphrase',
  'settings.passphraseConfirm': 'Repeat passphrase',
  'settings.passphraseShort': 'Use at least 8 characters.',
  'settings.passphraseMismatch': 'The two passphrases differ.',
  'settings.passphraseKeep': 'Leave both empty to keep the current passphrase.',
  'settings.autoLock': 'Lock after inactivity',
  'settings.autoLock.never': 'Never',
  'settings.autoLock.minutes': '{n} minutes',
  'settings.forget': 'Forget credentials',
  'settings.forgetConfirm':
    'Forget the relay address and key on this device? Tasks and windows stay.',
  'settings.forgetYes': 'Forget',
  'settings.saving': 'Saving…',
  'settings.keepAsked': 'Keep',
  'lock.title': 'Unlock Sora Studio',
  'lock.intro': 'Your relay settings are locked with a passphrase.',
  'lock.passphrase': 'Passphrase',
  'lock.unlocking': 'Unlocking…',
  'lock.wrong': 'That passphrase does not open your settings. Nothing was erased: try again.',
  'lock.forgot': 'Forgot passphrase?',
  'lock.forgotConfirm':
    'This erases the saved relay address and key (your tasks and windows stay). You will enter them again.',
  'lock.forgotYes': 'Erase credentials',
  'lock.later': 'Not now',
  'settings.slots': 'Jobs sent at once to this relay',
  'settings.slotsHint':
    'More wait their turn in the app, and go as earlier ones finish. Relays limit how many a key may run at once; if this one refuses, the app sends fewer until the page is reloaded.',
  'settings.dialect': 'How the app talks to this relay',
  'settings.dialect.auto': 'Automatic (recommended)',
  'settings.dialect.v2': 'Relay standard (/v2/videos/generations)',
  'settings.dialect.openai': 'OpenAI (/v1/videos)',
  'settings.dialect.newapi': 'new-api (/v1/video/generations)',
  'settings.dialect.check': 'Check again',
  'settings.dialect.checkNow': 'Check now',
  'settings.dialect.help':
    'Relays take video requests on up to three routes. Leave this on Automatic unless videos fail to start.',
  'settings.dialect.notFound': '{name}: not found on this relay',
  'settings.dialect.notOffered':
    'This relay did not answer on that route when checked: videos sent this way will fail. Choose Automatic, or Check again.',
  'settings.dialect.checking': 'Checking…',
  'settings.dialect.found':
    'This relay answers on {list}. Checked by reading only: nothing was created or charged.',
  'settings.dialect.none': 'None of the three video routes answered here: check the base URL.',
  'settings.dialect.unknown':
    'Not checked yet: the app checks on the first Generate (by reading only, nothing is charged).',
  'settings.dialect.checkFailed':
    'Could not check: the relay did not answer. Nothing that costs money was sent.',
  'settings.dialect.keyRefused': 'Could not check: the relay refused the key.',
  'settings.dialect.foundFirst':
    'This relay answers on {list}, so the app asked no further. “Check again” asks about all three (by reading only, nothing is charged).',
}
