/**
 * How the app starts itself again (after setup is saved). Inside an AppImage the running binary
 * lives in a mount that disappears as this process exits, so the new one must be started from the
 * AppImage file itself, which the AppImage runtime names in $APPIMAGE.
 */
export function relaunchOptions(
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[],
  platform: NodeJS.Platform,
): { execPath?: string; args?: string[] } {
  const appImage = platform === 'linux' ? env.APPIMAGE : undefined;
  return appImage ? { execPath: appImage, args: argv.slice(1) } : {};
}
