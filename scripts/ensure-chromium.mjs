/**
 * Makes sure a Chromium for the browser tests exists (Playwright cannot download its own here).
 * Uses $CHROMIUM_PATH or /usr/bin/chromium; on a fresh Debian machine (as root) installs Debian's
 * `chromium` package. Anything else gets a clear message instead of a cryptic launch failure.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
  console.error(
    `No Chromium at ${path}. Install Debian's chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.`,
  );
  process.exit(1);
}
console.log('Installing Debian chromium for the browser tests (about a minute)…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null', { stdio: 'inherit' });
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
