// The feishu verifier against a fake feishu server on 127.0.0.1 (see contract.ts). Fabricated URLs only.
import { providerContract } from './contract.js';

providerContract('feishu');
