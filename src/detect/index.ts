export { Detector, type RawMatch } from './detector.js';
export {
  decodeAll,
  decodeEscapes,
  decodePercent,
  decodeHtmlEntities,
  decodeBase64Around,
  decodeHexAround,
  decodeCharCodesAround,
  reverseAround,
  originalSpan,
  percentDecodeString,
  type Decoded,
} from './decode.js';
export { assessExfil, exfilEvidence, installScriptAt, installTargetEvidence, installTargets, raiseSeverity, sendsNear, sendsNearEach, type ExfilAssessment, type InstallTarget, type MatchContext } from './context.js';
export { allIndicators, indicatorsFor, languageOf, type EvidenceIndicator, type Language } from './evidence.js';
export { placeholderReason } from './placeholder.js';
export { LineCounter, type Position } from './position.js';
export { fingerprint, redactSecret, redactSpan, scrubFindings, scrubSecrets } from '../secrets/redact.js';
export { locate, type LocatedMatch } from './locate.js';
