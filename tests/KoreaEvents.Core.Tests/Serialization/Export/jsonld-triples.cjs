// Expands a JSON-LD file with the reference processor (npm's jsonld) and prints its triples as N-Quads.
// Usage: node jsonld-triples.cjs <folder with node_modules/jsonld> <file.jsonld>
// No document is ever fetched: a remote @context is an error (the export's context is inline).
'use strict';
const fs = require('fs');
const path = require('path');
const jsonld = require(path.join(process.argv[2], 'node_modules', 'jsonld'));

const documentLoader = async (url) => {
  throw new Error(`refusing to load a remote document: ${url}`);
};

(async () => {
  const input = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
  const expanded = await jsonld.expand(input, { documentLoader, safe: true });
  if (!Array.isArray(expanded) || expanded.length === 0) {
    throw new Error('the expanded document is empty');
  }
  const nquads = await jsonld.toRDF(input, { format: 'application/n-quads', documentLoader, safe: true });
  process.stdout.write(nquads);
})().catch((error) => {
  process.stderr.write(`jsonld: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
