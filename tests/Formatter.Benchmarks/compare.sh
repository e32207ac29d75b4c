#!/usr/bin/env bash
# Side-by-side timing on this machine, in one run: formatter vs citeproc-js vs pandoc (citeproc), APA, plain text,
# the same 10,000 records (the public corpus replicated with distinct ids). Also: cold start against a trivial
# .NET console app, and 100,000 records with the peak memory of the whole process.
# Usage: tests/Formatter.Benchmarks/compare.sh [N=10000]      (needs ../shared beside the repository)
# It installs what it needs itself: pandoc (Debian package), citeproc (npm, from ../shared/tools/oracle), hyperfine.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
shared=${FORMATTER_SHARED:-$repo/../shared}
n=${1:-10000}
work=$(mktemp -d /tmp/formatter-compare.XXXXXX)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
say() { printf '\n== %s\n' "$*"; }

say "machine"
echo "$(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(lscpu | sed -n 's/^Model name: *//p')"
echo "dotnet $(dotnet --version); node $(node --version 2>/dev/null || echo none)"

say "installing what is missing"
need_apt=()
command -v pandoc >/dev/null || need_apt+=(pandoc)
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
if ((${#need_apt[@]})); then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}") >/dev/null
fi
echo "pandoc: $(pandoc --version | head -1)"
cp -r "$shared/tools/oracle" "$work/oracle"
(cd "$work/oracle" && npm ci --silent --no-audit --no-fund >/dev/null)
echo "citeproc-js: $(node -e "console.log(require('$work/oracle/node_modules/citeproc/package.json').version)")"

say "building formatter (Release, self-contained, composite ReadyToRun: the runtime, the app and its libraries precompiled as one image; the plugins precompiled too)"
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
# Precompiled objects of an earlier publish with other settings must not be reused (a mix breaks the image).
clean_rid_objects() { rm -rf "$repo"/src/*/obj/Release/net10.0/"$rid" "$repo"/plugins/*/obj/Release/net10.0/"$rid" "$repo"/plugins/*/bin/ready-to-run; }
clean_rid_objects
trap clean_rid_objects EXIT
publish=(-c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true)
# On a CPU with AVX2, precompile for it (x86-64-v3): vectorised library code is then precompiled too instead of being
# compiled at run time (a one-seed run compiled 97 methods instead of 168). Elsewhere that code would be compiled again.
if [ "$rid" = linux-x64 ] && grep -qw avx2 /proc/cpuinfo; then
  publish+=("-p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:x86-64-v3")
fi
dotnet publish "$repo/src/Formatter.Cli" "${publish[@]}" -o "$work/app" -v quiet -nologo >/dev/null
dotnet build -c Release "$repo/tests/Formatter.Benchmarks" -v quiet -nologo >/dev/null
formatter="$work/app/formatter"
echo "dotnet publish src/Formatter.Cli ${publish[*]}"
# The app's own runtime settings (tiered PGO and W^X off, see the README's Start-up); the trivial app keeps the defaults.
echo "runtime configuration: $(grep -o '"System\.Runtime\.[A-Za-z]*": [a-z]*' "$work/app/formatter.runtimeconfig.json" | tr -d '"' | paste -sd, -)"
bench="$repo/tests/Formatter.Benchmarks/bin/Release/net10.0/Formatter.Benchmarks"
"$bench" make-corpus "$n" "$work/corpus.json"
"$bench" make-corpus 100000 "$work/corpus-100k.json"
# The inputs just written (about 120 MB) are flushed to disk now, not while the first tool is timed.
sync
printf -- '---\nnocite: "[@*]"\n---\n' > "$work/doc.md"
apa="$shared/csl/styles/apa.csl"

say "whole process, $n records, APA, plain text (hyperfine, 3 runs each)"
hyperfine --runs 3 --warmup 1 --export-json "$work/times.json" \
  -n formatter "$formatter format $work/corpus.json --style apa --quiet > $work/formatter.txt" \
  -n formatter-tc0 "DOTNET_TieredCompilation=0 $formatter format $work/corpus.json --style apa --quiet > $work/formatter-tc0.txt" \
  -n citeproc-js "node $work/oracle/render.mjs --items $work/corpus.json --style $apa --locales $shared/csl/locales --format text --compact > $work/citeproc.json" \
  -n pandoc "pandoc $work/doc.md --citeproc --bibliography $work/corpus.json --csl $apa -t plain -o $work/pandoc.txt"
echo "entries: formatter $(wc -l < "$work/formatter.txt"), pandoc output lines $(wc -l < "$work/pandoc.txt")"

say "cold start: one seed, one style, against a trivial .NET console app"
mkdir -p "$work/hello" && cat > "$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>
XML
echo 'System.Console.WriteLine("hello");' > "$work/hello/Program.cs"
dotnet build -c Release "$work/hello" -v quiet -nologo >/dev/null
hyperfine --runs 20 --warmup 3 --export-json "$work/cold.json" \
  -n hello "$work/hello/bin/Release/net10.0/hello" \
  -n formatter-seed "$formatter format $repo/seeds/000_177791495eae5187.txt --style apa"
# hyperfine runs all of one command, then all of the other: a drift of the machine's speed between the two blocks moves
# the ratio. The same two commands again, in turns (the order alternating each round), for a ratio without that drift.
python3 - "$work/cold-interleaved.json" "$work/hello/bin/Release/net10.0/hello" "$formatter" "$repo/seeds/000_177791495eae5187.txt" <<'PY'
import json, statistics, subprocess, sys, time
out, hello, formatter, seed = sys.argv[1:]
commands = {"hello": [hello], "formatter-seed": [formatter, "format", seed, "--style", "apa"]}
times = {name: [] for name in commands}
for turn in range(30):
    for name in (list(commands) if turn % 2 == 0 else list(commands)[::-1]):
        start = time.perf_counter()
        subprocess.run(commands[name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times[name].append(time.perf_counter() - start)
medians = {name: statistics.median(values) for name, values in times.items()}
json.dump(medians, open(out, "w"))
print(f"in turns, 30 runs each: hello median {medians['hello']*1000:.1f} ms, formatter-seed {medians['formatter-seed']*1000:.1f} ms")
PY

say "100,000 records, APA, plain text: time and peak memory of the whole process"
/usr/bin/time -f "%e s elapsed, %M KiB peak RSS" "$formatter" format "$work/corpus-100k.json" --style apa --quiet > "$work/formatter-100k.txt"
echo "entries: $(wc -l < "$work/formatter-100k.txt")"

say "ratios"
python3 - "$work/times.json" "$work/cold.json" "$work/cold-interleaved.json" <<'PY'
import json, sys
t = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
c = {r["command"]: r["median"] for r in json.load(open(sys.argv[2]))["results"]}
i = json.load(open(sys.argv[3]))
for name in ("formatter", "formatter-tc0"):
    f = t[name]
    print(f"{name} {f:.2f} s | citeproc-js {t['citeproc-js']:.2f} s ({t['citeproc-js']/f:.1f}x) | pandoc {t['pandoc']:.2f} s ({t['pandoc']/f:.1f}x)")
print(f"cold start: formatter {c['formatter-seed']*1000:.0f} ms vs trivial app {c['hello']*1000:.0f} ms ({c['formatter-seed']/c['hello']:.2f}x)")
print(f"cold start in turns: formatter {i['formatter-seed']*1000:.0f} ms vs trivial app {i['hello']*1000:.0f} ms ({i['formatter-seed']/i['hello']:.2f}x)")
PY
echo "(work folder: $work)"
