export { Detector, type RawMatch } from './detector.js';
export { decodeAll, decodeEscapes, decodePercent, decodeHtmlEntities, percentDecodeString, type Decoded } from './decode.js';
export { placeholderReason } from './placeholder.js';
export { LineCounter, type Position } from './position.js';
export { fingerprint, redactSecret, redactSpan, scrubSecrets } from './redact.js';
export { locate, type LocatedMatch } from './locate.js';
