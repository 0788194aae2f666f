#!/usr/bin/env bash
# Validates dockwright's SARIF the way GitHub code scanning will judge it: Microsoft's SARIF Multitool
# `validate --rule-kind "Sarif;Gh"` over SARIF produced from all of testdata/ (default rules and every
# rule) and over the golden SARIF files. Fails on any error or warning it reports. Notes (advice such as
# "add code snippets") are not requested. The validator prints one expected line about its configuration,
# "WRN999.RuleExplicitlyDisabled" for SARIF2006: see .ci/sarif-multitool.xml.
# Needs target/dockwright.jar (run after `mvn -B verify` or `mvn -B -DskipTests package`), java, node, npm.
set -euo pipefail
cd "$(dirname "$0")/.."

version=5.7.0
tool_dir=target/sarif-tool
multitool=$tool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
out=target/sarif
jar=target/dockwright.jar

if [ ! -f "$jar" ]; then
  echo "validate-sarif: $jar is missing; build it first with 'mvn -B -DskipTests package'" >&2
  exit 2
fi

if [ ! -f "$multitool" ] || ! "$multitool" --version 2>/dev/null | grep -q "^SARIF Multitool $version+"; then
  echo "validate-sarif: installing @microsoft/sarif-multitool-linux@$version into $tool_dir"
  mkdir -p "$tool_dir"
  npm install --prefix "$tool_dir" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "@microsoft/sarif-multitool-linux@$version"
fi
# npm may skip the package's own postinstall (which does this), so do it here.
chmod u+x "$multitool"
# The validator needs no culture data; this spares it a dependency on libicu.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1

rm -rf "$out"
mkdir -p "$out"
java -jar "$jar" lint --format sarif --output "$out/testdata.sarif" --exit-zero testdata
java -jar "$jar" lint --format sarif --output "$out/testdata-all-rules.sarif" --exit-zero --select all testdata
inputs=("$out/testdata.sarif" "$out/testdata-all-rules.sarif")
while IFS= read -r -d '' golden; do
  inputs+=("$golden")
done < <(find testdata/report -name '*.sarif' -print0 2>/dev/null | sort -z)

echo "validate-sarif: Sarif.Multitool $version validate --rule-kind \"Sarif;Gh\" on ${#inputs[@]} files"
"$multitool" validate --config .ci/sarif-multitool.xml --rule-kind "Sarif;Gh" --output "$out/validation.sarif" \
  "${inputs[@]}"

# The console output above lists every problem; the verdict comes from the validator's own SARIF log, where a
# result without a level is a warning.
# shellcheck disable=SC2016 # the ${...} below is JavaScript, not shell
node -e '
const fs = require("fs");
const log = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
let errors = 0, warnings = 0, notes = 0, failedRuns = 0;
for (const run of log.runs || []) {
  for (const r of run.results || []) {
    const level = r.level || "warning";
    if (level === "error") errors++; else if (level === "warning") warnings++; else notes++;
  }
  for (const inv of run.invocations || []) {
    if (inv.executionSuccessful === false) failedRuns++;
    for (const n of inv.toolExecutionNotifications || []) {
      if ((n.level || "warning") === "error") { errors++; console.log("tool error: " + (n.message && n.message.text)); }
    }
  }
}
console.log(`validate-sarif: ${errors} errors, ${warnings} warnings, ${notes} notes`);
process.exit(errors + warnings + failedRuns === 0 ? 0 : 1);
' "$out/validation.sarif"
