#!/usr/bin/env bash
# Scores KeyGov's detectors on the labelled accuracy corpus in ../shared/eval-dev (measuring only: nothing from the
# corpus is ever copied into this repository). Packs the package from source, builds the corpus with it and the
# compiler's SARIF log, and prints recall per provider and per form, and false positives.
# Usage: eng/score-eval-dev.sh [extra score.py arguments, e.g. --detail]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${KEYGOV_EVAL_DEV:-$repo/../shared/eval-dev}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=0.0.1-eval.$(date +%Y%m%d%H%M%S)

dotnet pack "$repo/src/KeyGov.Package" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q >/dev/null
tar xzf "$eval_dir/corpus.tar.gz" -C "$work"
cat > "$work/nuget.config" <<XML
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources><clear /><add key="local" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources>
</configuration>
XML
cat > "$work/keygov.props" <<XML
<Project>
  <ItemGroup><PackageReference Include="KeyGov.Analyzers" Version="$version" PrivateAssets="all" /></ItemGroup>
  <PropertyGroup><KeyGovValidateManifest>false</KeyGovValidateManifest></PropertyGroup>
</Project>
XML
MSBUILDDISABLENODEREUSE=1 dotnet build "$work/corpus/Corpus.csproj" -p:PeerProps="$work/keygov.props" -p:UseSharedCompilation=false \
  "-p:ErrorLog=$work/kg.sarif%2Cversion%3D2.1" -nologo -v:q >/dev/null || true
python3 "$eval_dir/score.py" --sarif "$work/kg.sarif" --name KeyGov --rules '^KG1' --labels "$work/corpus/labels.json" "$@"
