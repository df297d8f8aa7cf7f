/**
 * Exfiltration context: code near a webhook URL that gathers what stealers send. Data, not logic —
 * each row names what is gathered, in words for the evidence line, and the code that gathers it.
 * These are context indicators, not provider patterns: they never report anything on their own,
 * they only say why a webhook that was found is an exfiltration channel.
 *
 * `source` is a JavaScript regular expression (flags `g` and, when `ignoreCase`, `i`), run only on
 * the few lines around a found URL. `$&` in `what` stands for the matched text.
 */

export interface ExfilIndicator {
  id: string;
  /** What is sent, for "posts <what> to a Discord webhook". */
  what: string;
  source: string;
  ignoreCase?: boolean;
}

export const EXFIL_INDICATORS: readonly ExfilIndicator[] = [
  // Environment variables, all of them (reading one named variable is configuration, not theft).
  { id: 'env', what: 'process.env', source: String.raw`(?<![\w$.])(?<!\}\s*=\s*)process\.env(?![\w$]|\s*(?:\.|\[|\?\.))` },
  { id: 'env', what: 'os.environ', source: String.raw`(?<![\w.])os\.environ(?![\w]|\s*(?:\[|\.get\b|\.setdefault\b|\.pop\b))` },
  { id: 'env', what: 'all environment variables (env)', source: String.raw`\$\(\s*(?:env|printenv|set|export\s+-p)\s*(?:\||\))|\x60\s*(?:env|printenv)\s*\x60|\b(?:env|printenv|set)\s*\|\s*(?:base64|curl|gzip|xxd|openssl|nc|wget)\b` },
  { id: 'env', what: 'all environment variables (env:)', source: String.raw`Get-ChildItem\s+env:|\bgci\s+env:|\bls\s+env:|\[(?:System\.)?Environment\]::GetEnvironmentVariables\(\)`, ignoreCase: true },
  { id: 'env', what: 'all environment variables', source: String.raw`\bos\.Environ\(\)|\bSystem\.getenv\(\)|\bEnvironment\.GetEnvironmentVariables\(\)|\bENV\.(?:to_h|to_a|each|inspect)\b|\$_ENV\b|\bgetenv\(\s*\)` },
  { id: 'secrets', what: 'all GitHub Actions secrets', source: String.raw`toJSON\(\s*secrets\s*\)` },
  // Named tokens and keys read from the environment.
  {
    id: 'tokens',
    what: 'tokens ($1)',
    source: String.raw`(?:process\.env\.|process\.env\[\s*["']|os\.environ\[\s*["']|os\.environ\.get\(\s*["']|os\.getenv\(\s*["']|ENV\[\s*["']|\$env:|System\.getenv\(\s*")((?:NPM|NODE_AUTH|NPM_AUTH|GITHUB|GH|GITLAB|CI_JOB|PYPI|PYPI_API|DOCKERHUB|HEROKU_API|SLACK_BOT|DISCORD)_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AZURE_CLIENT_SECRET|GOOGLE_APPLICATION_CREDENTIALS|TWINE_PASSWORD|DOCKER_PASSWORD|OPENAI_API_KEY|ANTHROPIC_API_KEY)\b`,
  },
  // Files that hold credentials.
  {
    id: 'files',
    what: 'credential files ($&)',
    source: String.raw`\.ssh[/\\]+(?:id_\w+|authorized_keys)|\bid_(?:rsa|ed25519|ecdsa)\b|\.aws[/\\]+credentials|/etc/(?:passwd|shadow)\b|\.npmrc\b|\.pypirc\b|\.git-credentials\b|\.netrc\b|\.docker[/\\]+config\.json|\.kube[/\\]+config|wallet\.dat|\.bash_history|\.zsh_history|\bkey4\.db\b|\blogins\.json\b|Login Data`,
  },
  { id: 'discord-tokens', what: 'Discord tokens', source: String.raw`discord(?:canary|ptb)?\W{1,6}Local Storage|Local Storage\W{1,6}leveldb|dQw4w9WgXcQ:`, ignoreCase: true },
  { id: 'cookies', what: 'browser cookies', source: String.raw`document\.cookie|\bbrowser_cookie3\b|\bchrome\.cookies\b|Network[/\\]+Cookies\b|\bcookies\.sqlite\b` },
  { id: 'clipboard', what: 'the clipboard', source: String.raw`navigator\.clipboard\.read(?:Text)?\(|\bpyperclip\.paste\(|\bclipboardy?\.read(?:Sync)?\(|Get-Clipboard|\bpbpaste\b|\bxclip\s+-o|\bxsel\s+-[bo]|\bclipboard\.readText\(` },
  { id: 'keystrokes', what: 'keystrokes', source: String.raw`\bpynput\b|\bkeyboard\.(?:on_press|hook|read_key)\b|GetAsyncKeyState|SetWindowsHookEx|addEventListener\(\s*["']key(?:down|up|press)["']|\bonkey(?:down|up|press)\s*=|\bkeylog` },
  { id: 'screenshots', what: 'screenshots', source: String.raw`\bImageGrab\.grab\b|\bpyautogui\.screenshot\b|\bscreenshot-desktop\b|CopyFromScreen` },
  {
    id: 'host',
    what: 'host and user information ($&)',
    source: String.raw`\bos\.(?:hostname|userInfo|homedir|networkInterfaces)\(\)|\bsocket\.gethostname\(\)|\bplatform\.(?:node|uname)\(\)|\bgetpass\.getuser\(\)|\bos\.getlogin\(\)|\$\(\s*(?:whoami|hostname|id|uname(?:\s+-a)?)\s*\)|\x60(?:whoami|hostname|id|uname)[^\x60]{0,10}\x60|\$env:(?:USERNAME|COMPUTERNAME|USERDOMAIN)\b|\bapi\.ipify\.org\b|\bipinfo\.io\b|\bifconfig\.me\b|\bEnvironment\.(?:UserName|MachineName)\b`,
  },
];

/** package.json scripts that npm runs on install (or uninstall) without asking. */
export const INSTALL_SCRIPTS: readonly string[] = ['preinstall', 'install', 'postinstall', 'preuninstall', 'uninstall', 'postuninstall', 'prepare'];
