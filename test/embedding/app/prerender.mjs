// Server-renders the app with the packed tarballs under Node and writes the HTML the browser hydrates.
import { readFileSync, writeFileSync } from 'node:fs';
import { render } from './dist-server/entry-server.js';

const html = render();
const page = readFileSync('dist/index.html', 'utf8').replace('<!--ssr-->', html);
writeFileSync('dist/index.html', page);
console.log(`prerendered ${html.length} characters`);
