// After `pagefind --site dist`: removes the UI bundles Pagefind always writes but the site
// never loads (its search page talks to pagefind.js directly), so they are not shipped.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const dir = path.join(process.argv[2] ?? 'dist', 'pagefind');
const unused = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;
for (const file of readdirSync(dir)) if (unused.test(file)) rmSync(path.join(dir, file));
