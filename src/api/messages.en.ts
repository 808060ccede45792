/** One title and hint per RelayErrorKind (errors.ts): tasks explain them, settings names them. */
export const apiEn = {
  'error.config': 'No relay is set up yet.',
  'error.auth': 'The relay refused the API key.',
  'error.quota': 'The account does not have enough quota for this request.',
  'error.bad_request': 'The relay rejected the request.',
  'error.not_found': 'The relay does not know this task.',
  'error.unsupported': 'This relay does not offer that feature.',
  'error.payload_too_large': 'The request was too large for the relay.',
  'error.answer_too_large': 'The relay’s answer was too large.',
  'error.rate_limited': 'The relay is busy (rate limited).',
  'error.server': 'The relay had a server error.',
  'error.network': 'The relay could not be reached.',
  'error.cors': 'The browser blocked the call to the relay (CORS).',
  'error.review': 'The content did not pass the relay’s review.',
  'error.not_relay': 'This address is not a relay API.',
  'error.malformed': 'The relay sent an answer we could not read.',
  'error.timeout': 'The relay took too long to answer.',
}
