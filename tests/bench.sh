#!/usr/bin/env bash
# Benchmarks (not tests): prints measured figures next to the targets named in the issues.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project tests/Regiemonitor.Benchmarks/Regiemonitor.Benchmarks.csproj
