// hookscan GitHub Action, bundled from src/ by `npm run build:action` (scripts/build-action.mjs). Do not edit.
import { createRequire as __hookscanCreateRequire } from 'node:module';
const require = __hookscanCreateRequire(import.meta.url);
import {
  Detector,
  packResult,
  processJob
} from "./chunk-TO657GYK.js";
import "./chunk-563D6BWM.js";
import "./chunk-P5M7NSU6.js";
import "./chunk-DSMI7GCB.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var detector = new Detector(workerData.patterns);
parentPort.on("message", (msg) => {
  parentPort.postMessage({ id: msg.id, results: msg.jobs.map((j) => packResult(processJob(detector, j))) });
});
