import { describe, expect, it } from 'vitest';
import { relaunchOptions } from './relaunch';

describe('starting the app again', () => {
  it('starts an AppImage from its file, not from its mount that vanishes on exit', () => {
    const argv = ['/tmp/.mount_minwonAbC123/minwon-queue', '--config=/home/kiosk/minwon.json'];
    expect(
      relaunchOptions({ APPIMAGE: '/home/kiosk/minwon-queue-0.1.0-x86_64.AppImage' }, argv, 'linux'),
    ).toEqual({
      execPath: '/home/kiosk/minwon-queue-0.1.0-x86_64.AppImage',
      args: ['--config=/home/kiosk/minwon.json'],
    });
  });

  it('lets Electron restart its own binary everywhere else', () => {
    const argv = ['/opt/민원실 번호표/minwon-queue'];
    expect(relaunchOptions({}, argv, 'linux')).toEqual({});
    expect(relaunchOptions({ APPIMAGE: 'C:\\x.AppImage' }, ['C:\\minwon.exe'], 'win32')).toEqual({});
  });
});
