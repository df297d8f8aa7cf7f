/** The persistence techniques (MITRE ATT&CK) a host artifact family implies. */
import type { Technique } from './types.js';

export const TECHNIQUES = {
  cron: { id: 'T1053.003', name: 'Scheduled Task/Job: Cron' },
  at: { id: 'T1053.002', name: 'Scheduled Task/Job: At' },
  scheduledTask: { id: 'T1053.005', name: 'Scheduled Task/Job: Scheduled Task' },
  systemd: { id: 'T1543.002', name: 'Create or Modify System Process: Systemd Service' },
  systemdTimer: { id: 'T1053.006', name: 'Scheduled Task/Job: Systemd Timers' },
  runKeys: { id: 'T1547.001', name: 'Boot or Logon Autostart Execution: Registry Run Keys / Startup Folder' },
  shellRc: { id: 'T1546.004', name: 'Event Triggered Execution: Unix Shell Configuration Modification' },
  rcScripts: { id: 'T1037.004', name: 'Boot or Logon Initialization Scripts: RC Scripts' },
  xdgAutostart: { id: 'T1547.013', name: 'Boot or Logon Autostart Execution: XDG Autostart Entries' },
  launchAgent: { id: 'T1543.001', name: 'Create or Modify System Process: Launch Agent' },
  launchDaemon: { id: 'T1543.004', name: 'Create or Modify System Process: Launch Daemon' },
  commandHistory: { id: 'T1059', name: 'Command and Scripting Interpreter (command history)' },
  process: { id: 'T1567.004', name: 'Exfiltration Over Web Service: Exfiltration Over Webhook' },
} as const satisfies Record<string, Technique>;
