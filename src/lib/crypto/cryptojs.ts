/**
 * Only the parts of crypto-js we use (AES-CBC, HMAC-SHA256, SHA-256, Base64): importing the
 * package root pulls in every cipher and hash, about 17 KB gzip more on the first screen (measured with npm run bench).
 * The submodules all register themselves on the one core object.
 */
import CryptoJS from 'crypto-js/core'
import 'crypto-js/enc-base64'
import 'crypto-js/hmac-sha256'
import 'crypto-js/aes'

export default CryptoJS
