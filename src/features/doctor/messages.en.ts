/** The relay doctor (settings): each check, what it found, what to do. */
export const doctorEn = {
  'doctor.title': 'Relay doctor',
  'doctor.intro':
    'Checks this relay as a support person would, by reading only: nothing is created or charged.',
  'doctor.run': 'Run checks',
  'doctor.running': 'Checking…',
  'doctor.copy': 'Copy report',
  'doctor.copied': 'Report copied: the key appears only as its last four characters.',
  'doctor.copyFailed': 'The browser would not copy: select the report and copy it by hand.',
  'doctor.useForwarding': 'Use the forwarding address',
  'doctor.verdict.pass': 'passed',
  'doctor.verdict.fail': 'failed',
  'doctor.verdict.absent': 'not offered',
  'doctor.verdict.skip': 'not checked',
  'doctor.check.address': 'Address',
  'doctor.check.browser': 'Browser access',
  'doctor.check.key': 'API key',
  'doctor.check.quota': 'Quota',
  'doctor.check.models': 'Models',
  'doctor.check.pricing': 'Prices',
  'doctor.check.dialects': 'Video routes',
  'doctor.check.remix': 'Remix',
  'doctor.check.results': 'Results',
  'doctor.notReached': 'Not checked: the relay was not reached.',
  'doctor.address.ok': 'A relay API answers at this address.',
  'doctor.address.reached': 'Something answers at this address.',
  'doctor.address.page':
    'This address answers with a web page, not a relay API: use the API address the relay gives (often the site’s address, without /v1).',
  'doctor.address.none':
    'Nothing answers at this address: check it, and that the relay is up and reachable from here.',
  'doctor.browser.ok': 'This page ({origin}) may call the relay.',
  'doctor.browser.cors':
    'This relay refuses browsers: it answers other programs but sends no permission for this page. Ask it to allow {origin}, or run the studio through the forwarding server: RELAY_TARGET={base} npm run dev, then use {origin}/relay as the base URL.',
  'doctor.browser.corsForwarded':
    'This relay refuses browsers, and this studio forwards to it: use {address} as the base URL (the button below sets it).',
  'doctor.key.ok': 'The relay accepts this key.',
  'doctor.key.refused':
    'The relay refused this key: check it in the relay’s console (copied whole, still valid).',
  'doctor.quota.left': '{left} left of {total}.',
  'doctor.quota.unlimited': 'This key has unlimited quota.',
  'doctor.quota.shape':
    'The quota answer holds no balance the app can read: the header will show none.',
  'doctor.quota.none':
    'This relay has no quota route here: the header shows no balance (its web console does).',
  'doctor.quota.failed': 'The quota could not be read: {reason}',
  'doctor.models.ok': 'The relay lists {n} models for this key.',
  'doctor.models.none':
    'This relay lists no models: the composer offers the built-in ones, and ids can be added by hand in Models.',
  'doctor.models.failed': 'The model list could not be read: {reason}',
  'doctor.pricing.ok': 'Prices are published for {n} models: the price shows before Generate.',
  'doctor.pricing.none':
    'No price list this page can read: no price is shown before Generate (the relay still charges).',
  'doctor.dialects.ok': 'Video requests are taken on {list}.',
  'doctor.dialects.none':
    'None of the three video routes answers here: this address cannot make videos. Check the base URL.',
  'doctor.remix.none': 'A remix to this relay failed: it has no remix route.',
  'doctor.remix.unknown':
    'Not checked: finding out means sending a remix, which costs money. The first remix tells.',
  'doctor.results.none': 'Not checked: no finished video from this relay yet.',
  'doctor.results.ok': 'This page can read the results, so it can keep them in the browser.',
  'doctor.results.key':
    'Results need the key: the app sends it to the relay’s own address only, and can keep them.',
  'doctor.results.cors':
    'The results’ host refuses this page: videos play, but cannot be kept in the browser. Download them instead.',
  'doctor.results.gone':
    'The latest result could not be read (its link may have expired): generate again to check.',
}
