/** The relay doctor (settings): each check, what it found, what to do. */
export const doctorEn = {
  'doctor.title': 'Relay doctor',
  'doctor.intro':
    'Checks this relay as a support person would, by reading only: nothing is created or charged.',
  'doctor.run': 'Run checks',
  'doctor.running': 'Checking…',
  'doctor.needCredentials': 'Enter a base URL and key first.',
  'doctor.findings': 'Findings',
  'doctor.checked': 'Checked {base} at {time}.',
  'doctor.summary':
    'Checks done: {fail} failed, {pass} passed, {other} not offered or not checked.',
  'doctor.copy': 'Copy report',
  'doctor.copied': 'Report copied: the key appears only as its last four characters.',
  'doctor.copyFailed':
    'The browser would not copy: the report is below, selected; copy it by hand.',
  'doctor.reportLabel': 'Report',
  'doctor.useForwarding': 'Use the forwarding address',
  'doctor.addressSet': 'Base URL set to {address}: run the checks again, then Save.',
  'doctor.line': '{check} ({verdict}): {text}',
  'doctor.report.page': 'Page',
  'doctor.report.relay': 'Relay',
  'doctor.report.key': 'Key',
  'doctor.report.shortKey': '(a key of {n} characters)',
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
  'doctor.skip.cors': 'The browser may not read this relay’s answers (see Browser access).',
  'doctor.skip.key': 'The key was refused.',
  'doctor.skip.noApi': 'No relay API answers at this address.',
  'doctor.skip.unreached': 'Nothing answered at this address.',
  'doctor.address.ok': 'A relay API answers at this address.',
  'doctor.address.reached': 'A server answers at this address.',
  'doctor.address.page':
    'No relay API answers at this address (it answers like a web site): use the API address the relay gives, usually without /v1 or /v2.',
  'doctor.address.none':
    'Nothing answers at this address: check it, and that the relay is up and reachable from here.',
  'doctor.browser.ok': 'This page ({origin}) may call the relay.',
  'doctor.browser.cors':
    'This relay refuses browsers: it answers, but does not allow this page ({origin}) to read its answers (CORS). First check that {base} is the API address, not the relay’s web site. Then ask the relay’s operator to allow {origin}, or start the studio with the forwarding server (RELAY_TARGET={base} npm run dev) and use the address it prints, followed by /relay, as the base URL.',
  'doctor.browser.corsForwarded':
    'This relay refuses browsers, and this studio forwards to it: use {address} as the base URL (the “Use the forwarding address” button sets it).',
  'doctor.key.ok': 'The relay accepts this key.',
  'doctor.key.refused':
    'The relay refused this key: check in the relay’s console that it was copied in full and has not expired or been deleted.',
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
    'This relay publishes no price list: no price is shown before Generate (the relay still charges).',
  'doctor.pricing.unreadable':
    'The price list could not be read from this page: no price is shown before Generate (the relay still charges).',
  'doctor.dialects.ok': 'Video requests are taken on {list}.',
  'doctor.dialects.none':
    'None of the three video routes answers here: this address cannot make videos. Check the base URL.',
  'doctor.remix.none': 'A remix to this relay failed: it has no remix route.',
  'doctor.remix.unknown':
    'Finding out means sending a remix, which costs money: your first remix will show whether it works.',
  'doctor.results.none': 'No finished video from this relay yet.',
  'doctor.results.ok': 'This page can read the results, so it can keep them in the browser.',
  'doctor.results.key':
    'Results need the key: the app sends it to the relay’s own address only, and can keep them.',
  'doctor.results.relayCopy':
    'This page cannot read the results’ links, but the relay serves its own copy with the key: the app keeps them from there.',
  'doctor.results.cors':
    'The results’ host refuses this page, and the relay serves no copy of its own: videos play, but cannot be kept in the browser. Download them instead.',
  'doctor.results.gone':
    'The latest result could not be read (its link may have expired): generate again to check.',
}
