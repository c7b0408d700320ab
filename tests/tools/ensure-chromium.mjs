// Makes sure a Chromium for the browser tests exists before Playwright starts. Playwright's
// own browser download is never used: the machines reach Debian's packages, not its CDN.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!existsSync(wanted)) {
  const canInstall =
    !process.env.CHROMIUM_PATH &&
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('Chromium not found at /usr/bin/chromium: installing it with apt-get ...');
    try {
      execSync(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
        {
          stdio: 'inherit',
        },
      );
    } catch {
      // fall through to the message below
    }
  }
  if (!existsSync(wanted)) {
    console.error(
      `No Chromium at ${wanted}: install it with "sudo apt-get install -y chromium", or set CHROMIUM_PATH to the path of a Chromium binary.`,
    );
    process.exit(1);
  }
}
