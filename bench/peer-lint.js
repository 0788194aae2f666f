#!/usr/bin/env node
// Lints every Dockerfile under the given paths in one node process with one peer linter, for
// bench/compare.sh: the peers' side of "a directory of N files in one process".
// Usage: NODE_PATH=DIR/node_modules node bench/peer-lint.js dockerfilelint|dockerfile-utils PATH...
// Prints "<files> files, <findings> findings" on stdout.
'use strict';
const fs = require('fs');
const path = require('path');

const [peer, ...roots] = process.argv.slice(2);
if (!peer || roots.length === 0) {
  console.error('usage: peer-lint.js dockerfilelint|dockerfile-utils PATH...');
  process.exit(2);
}

function isDockerfile(name) {
  return name === 'Dockerfile' || name.startsWith('Dockerfile.') || name.endsWith('.Dockerfile')
    || name === 'Containerfile' || name.startsWith('Containerfile.');
}

function collect(p, out) {
  const st = fs.statSync(p);
  if (st.isFile()) {
    out.push(p);
  } else if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      const child = path.join(p, name);
      const cst = fs.statSync(child);
      if (cst.isDirectory()) {
        collect(child, out);
      } else if (isDockerfile(name)) {
        out.push(child);
      }
    }
  }
  return out;
}

let lint;
if (peer === 'dockerfilelint') {
  const dockerfilelint = require('dockerfilelint');
  // The CLI passes the file's directory, where it looks for a .dockerfilelintrc.
  lint = (file, text) => dockerfilelint.run(path.dirname(path.resolve(file)), text);
} else if (peer === 'dockerfile-utils') {
  const utils = require('dockerfile-utils');
  lint = (file, text) => utils.validate(text);
} else {
  console.error(`unknown peer '${peer}': use dockerfilelint or dockerfile-utils`);
  process.exit(2);
}

const files = roots.flatMap((r) => collect(r, []));
let findings = 0;
for (const file of files) {
  findings += lint(file, fs.readFileSync(file, 'utf8')).length;
}
console.log(`${files.length} files, ${findings} findings`);
