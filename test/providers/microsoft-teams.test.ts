// The microsoft-teams verifier against a fake microsoft-teams server on 127.0.0.1 (see contract.ts). Fabricated URLs only.
import { providerContract } from './contract.js';

providerContract('microsoft-teams');
