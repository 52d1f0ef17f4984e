// Starts `factcheck lsp` for Markdown, plain text and HTML; no build step (npm install, then link the folder).
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration("factcheck");
  const [command, ...args] = settings.get("command");
  client = new LanguageClient("factcheck", "factcheck", { command, args }, {
    documentSelector: ["markdown", "plaintext", "html"].map((language) => ({ scheme: "file", language })),
    initializationOptions: { severity: settings.get("severity") },
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{yaml,yml,toml}") },
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
