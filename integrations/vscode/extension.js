'use strict';
// The dockwright extension: starts `dockwright lsp` for Dockerfiles and leaves the rest to the language
// client. Diagnostics, quick fixes, "Fix all safe dockwright problems" (code action kind
// source.fixAll.dockwright) and hover all come from the server. Plain JavaScript: nothing to build.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function serverOptions() {
  const config = vscode.workspace.getConfiguration('dockwright');
  return {
    command: config.get('command', 'dockwright'),
    args: config.get('args', ['lsp']),
  };
}

async function start() {
  client = new LanguageClient('dockwright', 'dockwright', serverOptions(), {
    documentSelector: [
      { scheme: 'file', language: 'dockerfile' },
      { scheme: 'untitled', language: 'dockerfile' },
    ],
  });
  await client.start();
}

async function restart() {
  if (client) {
    await client.stop();
    client = undefined;
  }
  await start();
}

async function activate(context) {
  context.subscriptions.push(vscode.commands.registerCommand('dockwright.restartServer', restart));
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('dockwright')) {
      restart();
    }
  }));
  await start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
