// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';

// Where the site is deployed. Both can be set at build time, e.g.
//   SITE_URL=https://atlas.example.org BASE_PATH=/atlas npm run build
// The default site is a reserved placeholder domain until the project has a real one.
const site = process.env.SITE_URL ?? 'https://inference-engine-atlas.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  integrations: [react()],
  vite: {
    plugins: [tailwindcss()],
  },
});
