import { createRequire } from 'node:module';

/**
 * The Korean typeface shipped with the app (Pretendard, SIL OFL), so a report prints the same
 * on any PC whatever fonts it has. Resolved when needed, from wherever the package is installed.
 */
export function pdfFontPaths(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  return {
    regular: require.resolve('pretendard/dist/public/static/Pretendard-Regular.otf'),
    bold: require.resolve('pretendard/dist/public/static/Pretendard-Bold.otf'),
  };
}
