// Renders build/icon.svg into the PNG and ICO files electron-builder packs:
//   build/icon.png        512×512, the app icon (and what electron-builder falls back to)
//   build/icons/NxN.png   the Linux icon set (AppImage, deb), 16 to 512 px
//   build/icon.ico        Windows app and NSIS installer icon, 16 to 256 px as PNG entries
// Run `npx tsx scripts/render-icons.ts` after changing the SVG, and commit the results. It draws
// with Playwright's Chromium (Debian's /usr/bin/chromium where present), so every size is
// rasterised from the vector rather than scaled down from a bitmap.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const buildDir = resolve(import.meta.dirname, '..', 'build');
const svg = readFileSync(join(buildDir, 'icon.svg'), 'utf8');
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512];
const icoSizes = [16, 24, 32, 48, 64, 128, 256];

/**
 * An ICO file whose images are PNGs (allowed since Windows Vista): a 6-byte header, a 16-byte
 * entry per image (a width or height of 256 is written as 0), then the images.
 */
function icoOf(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const systemChromium = '/usr/bin/chromium';
const browser = await chromium.launch(
  existsSync(systemChromium) ? { executablePath: systemChromium, args: ['--no-sandbox'] } : {},
);
try {
  const rendered = new Map<number, Buffer>();
  for (const size of linuxSizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${String(size)}px;height:${String(size)}px}</style>${svg}`,
    );
    rendered.set(size, await page.screenshot({ omitBackground: true }));
    await page.close();
  }
  mkdirSync(join(buildDir, 'icons'), { recursive: true });
  for (const [size, png] of rendered)
    writeFileSync(join(buildDir, 'icons', `${String(size)}x${String(size)}.png`), png);
  writeFileSync(join(buildDir, 'icon.png'), rendered.get(512)!);
  writeFileSync(
    join(buildDir, 'icon.ico'),
    icoOf(icoSizes.map((size) => ({ size, png: rendered.get(size)! }))),
  );
  console.log(`Wrote build/icon.png, build/icon.ico and build/icons/ (${linuxSizes.join(', ')} px).`);
} finally {
  await browser.close();
}
