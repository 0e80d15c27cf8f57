import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const hubPort = Number(process.env.HUB_PORT ?? 4310);

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    // `npm run dev` serves the screens with hot reload against a hub started with `npm run serve`.
    proxy: {
      '/api': { target: `http://127.0.0.1:${hubPort}`, ws: true },
    },
  },
});
