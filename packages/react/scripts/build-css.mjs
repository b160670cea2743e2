/**
 * Builds the stylesheets from src/styles.css, which lists the theme, the shared base and one CSS
 * file per component as `@import`s (the single source of truth, also used by Storybook and tests):
 * - dist/theme.css  the default light and dark theme (the `--jk-*-default` variables)
 * - dist/base.css   structure of every component (reads `var(--jk-x, var(--jk-x-default))`)
 * - dist/styles.css both, the file most apps import as `@journeykit/react/styles.css`
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const src = new URL('../src/', import.meta.url);
const dist = new URL('../dist/', import.meta.url);
const imports = [...readFileSync(new URL('styles.css', src), 'utf8').matchAll(/@import\s+['"]\.\/([^'"]+)['"]\s*;/g)].map((match) => match[1]);
const isTheme = (path) => path === 'theme/theme.css';
const inline = (paths) => paths.map((path) => `/* ${path} */\n${readFileSync(new URL(path, src), 'utf8').trim()}\n`).join('\n');

mkdirSync(dist, { recursive: true });
const theme = inline(imports.filter(isTheme));
const base = inline(imports.filter((path) => !isTheme(path)));
writeFileSync(new URL('theme.css', dist), theme);
writeFileSync(new URL('base.css', dist), base);
writeFileSync(new URL('styles.css', dist), `${theme}\n${base}`);
console.log(`wrote dist/styles.css (${imports.length} sources), base.css, theme.css`);
