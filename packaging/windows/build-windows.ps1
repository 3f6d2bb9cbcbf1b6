# Builds the TechMates Desk Windows installer (docs/packaging.md, "Windows").
#
# Run from an MSYS2 UCRT64 environment's PowerShell (PATH has C:\msys64\ucrt64\bin first) with Inno Setup 6:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
# Result: dist\TechMatesDesk-<version>-setup.exe
#
# Steps: configure and build techmates-desk (Release, no tests) → install the desk component into a stage
# folder → windeployqt copies Qt and its plugins → the non-Qt DLLs the programs need (qt6keychain,
# libsodium, sqlite3, libqrencode and theirs) are found by walking the import tables with objdump and copied
# from the toolchain → only the SQLite SQL driver is kept → Inno Setup builds the installer.
param(
    [string]$BuildDir = "build\windows",
    [string]$DistDir = "dist",
    [string]$Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
)
$ErrorActionPreference = "Stop"
$root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $root

function Need($name) {
    $cmd = Get-Command $name -ErrorAction SilentlyContinue
    if (-not $cmd) { throw "$name is not on PATH (see docs/packaging.md, Windows)" }
    return $cmd.Source
}
function Run($exe) {
    & $exe @args
    if ($LASTEXITCODE -ne 0) { throw "$exe $args failed with exit code $LASTEXITCODE" }
}

$cmake = Need "cmake"
$objdump = Need "objdump"
# MSYS2 names the Qt 6 tool windeployqt6; the Qt online installer names it windeployqt.
$windeployqt = @("windeployqt6", "windeployqt-qt6", "windeployqt") |
    ForEach-Object { Get-Command $_ -ErrorAction SilentlyContinue } | Select-Object -First 1
if (-not $windeployqt) { throw "windeployqt is not on PATH (MSYS2: pacman -S mingw-w64-ucrt-x86_64-qt6-tools)" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found at $Iscc (pass -Iscc PATH)" }
$toolchainBin = Split-Path (Need "g++")

$version = (Select-String -Path CMakeLists.txt -Pattern 'project\(TechMatesDesk VERSION ([0-9.]+)').Matches[0].Groups[1].Value
Write-Host "TechMates Desk $version"

Run $cmake -S . -B $BuildDir -G Ninja -DCMAKE_BUILD_TYPE=Release -DTECHMATES_BUILD_TESTS=OFF
Run $cmake --build $BuildDir --target techmates-desk

$stage = Join-Path $root "$BuildDir\stage"
if (Test-Path $stage) { Remove-Item -Recurse -Force $stage }
Run $cmake --install $BuildDir --component desk --prefix "$BuildDir\stage-prefix"
New-Item -ItemType Directory -Force $stage | Out-Null
Copy-Item "$BuildDir\stage-prefix\bin\techmates-desk.exe" $stage
# The user guide beside the program (Start menu → TechMates Desk → the folder's docs).
Copy-Item -Recurse "$BuildDir\stage-prefix\share\doc\techmates-desk" "$stage\docs"

Run $windeployqt.Source --release --compiler-runtime --dir $stage "$stage\techmates-desk.exe"

# Non-Qt DLLs: follow the import tables from the program and copy what the toolchain provides.
$seen = @{}
function CopyDeps($binary) {
    $names = & $objdump -p $binary | Select-String 'DLL Name: (.+)$' | ForEach-Object { $_.Matches[0].Groups[1].Value.Trim() }
    foreach ($dll in $names) {
        $key = $dll.ToLowerInvariant()
        if ($seen.ContainsKey($key)) { continue }
        $seen[$key] = $true
        $source = Join-Path $toolchainBin $dll
        if (Test-Path $source) {           # not found there: a Windows system DLL, which stays out
            if (-not (Test-Path (Join-Path $stage $dll))) { Copy-Item $source $stage }
            CopyDeps $source
        }
    }
}
Get-ChildItem $stage -Recurse -Include *.exe, *.dll | ForEach-Object { CopyDeps $_.FullName }

# The store is SQLite; the other SQL drivers windeployqt copies would need client libraries we do not ship.
Get-ChildItem "$stage\sqldrivers" -Filter *.dll | Where-Object { $_.Name -notmatch '^qsqlite' } | Remove-Item
foreach ($required in @("techmates-desk.exe", "sqldrivers\qsqlite.dll", "platforms\qwindows.dll",
                        "iconengines\qsvgicon.dll")) {
    if (-not (Test-Path (Join-Path $stage $required))) { throw "stage folder lacks $required" }
}
if (-not (Get-ChildItem $stage -Filter "*keychain*.dll")) { throw "stage folder lacks the qtkeychain DLL" }

# The staged program must start on its own DLLs: print its version.
$out = & "$stage\techmates-desk.exe" --version
if ($LASTEXITCODE -ne 0 -or "$out" -notmatch [regex]::Escape($version)) { throw "staged desk --version printed: $out" }

New-Item -ItemType Directory -Force $DistDir | Out-Null
Run $Iscc "/DAppVersion=$version" "/DStageDir=$stage" "/DOutputDir=$(Join-Path $root $DistDir)" `
    "$PSScriptRoot\techmates-desk.iss"
Get-ChildItem $DistDir -Filter "TechMatesDesk-$version-setup.exe"
