# Build the Windows installer of Tuning Data Studio:
#   dist\tunedata-studio\                         the PyInstaller bundle
#   dist\TuningDataStudio-<version>-Setup.exe     per-user installer (Inno Setup 6)
#
# Signing runs only when a certificate is given; otherwise it is skipped with a message.
#   WINDOWS_CERT_PFX           path to a code-signing certificate (.pfx)
#   WINDOWS_CERT_PASSWORD      its password
#   WINDOWS_TIMESTAMP_URL      RFC 3161 timestamp server (default: DigiCert's)
#
# Usage: powershell -ExecutionPolicy Bypass -File build_scripts\build_windows.ps1 [-SkipBundle]
# Needs: Python with the project installed, build_scripts\requirements-build.txt, Inno Setup 6
# (ISCC.exe on PATH or in its default folder), and signtool.exe (Windows SDK) for signing.
param([switch]$SkipBundle)
$ErrorActionPreference = "Stop"

$Root = Resolve-Path (Join-Path $PSScriptRoot "..")
Set-Location $Root
$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }

if (-not $SkipBundle) {
    & $Python build_scripts\build_bundle.py
    if ($LASTEXITCODE -ne 0) { throw "build_bundle.py failed with exit code $LASTEXITCODE" }
}
$Bundle = Join-Path $Root "dist\tunedata-studio"
$Exe = Join-Path $Bundle "tunedata-studio.exe"
if (-not (Test-Path $Exe)) { throw "$Exe not found; run build_scripts\build_bundle.py first" }

$Version = & $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
if ($LASTEXITCODE -ne 0) { throw "cannot read the version from pyproject.toml" }

$Sign = [bool]$env:WINDOWS_CERT_PFX
$TimestampUrl = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
$SignArgs = @("sign", "/f", $env:WINDOWS_CERT_PFX, "/p", $env:WINDOWS_CERT_PASSWORD,
              "/fd", "sha256", "/tr", $TimestampUrl, "/td", "sha256")

if ($Sign) {
    $SignTool = (Get-Command signtool.exe -ErrorAction SilentlyContinue).Source
    if (-not $SignTool) {
        $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
            Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName
    }
    if (-not $SignTool) { throw "WINDOWS_CERT_PFX is set but signtool.exe was not found; install the Windows SDK" }
    Write-Host "signing $Exe"
    & $SignTool @SignArgs $Exe
    if ($LASTEXITCODE -ne 0) { throw "signtool failed on $Exe" }
} else {
    Write-Host "WINDOWS_CERT_PFX not set: skipping code signing; SmartScreen will warn users about the installer"
}

$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) {
    foreach ($Candidate in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                             "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
        if (Test-Path $Candidate) { $Iscc = $Candidate; break }
    }
}
if (-not $Iscc) { throw "ISCC.exe not found; install Inno Setup 6 (for example: choco install innosetup)" }

$IsccArgs = @("/Qp", "/DAppVersion=$Version", "/DBundleDir=$Bundle", "/DOutputDir=$(Join-Path $Root 'dist')")
if ($Sign) {
    # ISCC replaces $f with each file to sign (Setup.exe and the uninstaller inside it) and
    # $q with a quote; $q is used instead of literal quotes, which PowerShell 5 passes to
    # native programs unreliably.
    $Quoted = ($SignArgs | ForEach-Object { '$q' + $_ + '$q' }) -join " "
    $IsccArgs += @("/DSignWithTool", ('/Stdsign=$q' + $SignTool + '$q ' + $Quoted + ' $f'))
}
& $Iscc @IsccArgs (Join-Path $Root "build_scripts\windows\tunedata.iss")
if ($LASTEXITCODE -ne 0) { throw "ISCC failed with exit code $LASTEXITCODE" }

$Setup = Join-Path $Root "dist\TuningDataStudio-$Version-Setup.exe"
Write-Host ("wrote {0} ({1:N0} MB)" -f $Setup, ((Get-Item $Setup).Length / 1MB))
