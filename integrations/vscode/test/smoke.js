'use strict';
// Talks to `dockwright lsp` with the JSON-RPC library vscode-languageclient is built on (the part of the
// extension that can run outside VS Code): initialize, open, diagnostics, quick fixes, fix all, shutdown.
//   npm install && npm test                      # runs `dockwright lsp` from PATH
//   DOCKWRIGHT_CMD='["java","-jar","../../target/dockwright.jar","lsp"]' npm test
const assert = require('assert');
const cp = require('child_process');
const rpc = require('vscode-languageserver-protocol/node');

const [command, ...args] = JSON.parse(process.env.DOCKWRIGHT_CMD || '["dockwright", "lsp"]');
const server = cp.spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout),
  new rpc.StreamMessageWriter(server.stdin));
connection.listen();
const timer = setTimeout(() => {
  console.error('smoke test timed out');
  process.exit(1);
}, 60000);

(async () => {
  const init = await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { workspaceEdit: { documentChanges: true } } },
  });
  assert.strictEqual(init.serverInfo.name, 'dockwright');
  await connection.sendNotification(rpc.InitializedNotification.type, {});

  const uri = 'file:///tmp/smoke/Dockerfile';
  const published = new Promise((resolve) => connection.onNotification(rpc.PublishDiagnosticsNotification.type, resolve));
  await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'dockerfile', version: 1, text: 'FROM alpine\nENV A b\n' },
  });
  const { diagnostics } = await published;
  assert.deepStrictEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['DW3001', 1, 4]]);

  const quickFixes = await connection.sendRequest(rpc.CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostics[0].range,
    context: { diagnostics, only: ['quickfix'] },
  });
  assert.deepStrictEqual(quickFixes.map((a) => a.title), ['Rewrite as `A=b`', 'Ignore DW3001 for this line']);

  const fixAll = await connection.sendRequest(rpc.CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  });
  assert.strictEqual(fixAll[0].kind, 'source.fixAll.dockwright');
  assert.deepStrictEqual(fixAll[0].edit.documentChanges[0].edits, [
    { range: { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } }, newText: '=' },
  ]);

  await connection.sendRequest(rpc.ShutdownRequest.type);
  await connection.sendNotification(rpc.ExitNotification.type);
  server.on('exit', (code) => {
    clearTimeout(timer);
    assert.strictEqual(code, 0);
    console.log('1 passed, 0 failed');
  });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
