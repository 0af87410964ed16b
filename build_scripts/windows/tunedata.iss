; Inno Setup 6 script for Tuning Data Studio: a per-user installer that needs no
; administrator rights. build_windows.ps1 compiles it with ISCC.exe and passes:
;   /DAppVersion=<version from pyproject.toml>
;   /DBundleDir=<folder of the PyInstaller bundle, dist\tunedata-studio>
;   /DOutputDir=<where Setup.exe is written>
;   /DSignWithTool plus /Stdsign=<signtool command>, only when a certificate is given
#ifndef AppVersion
  #error AppVersion is not defined; run build_scripts\build_windows.ps1
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\tunedata-studio"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "Tuning Data Studio"
#define AppExeName "tunedata-studio.exe"

[Setup]
; AppId identifies the installation for upgrades and the uninstaller; never change it.
AppId={{6F0B3C52-7A4E-4D2B-9C1E-5B8D2E4A7F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; lowest: Setup never asks for elevation and installs for the current user only, so
; {autopf} is %LOCALAPPDATA%\Programs and {autoprograms} is the user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\app.ico
OutputDir={#OutputDir}
OutputBaseFilename=TuningDataStudio-{#AppVersion}-Setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The bundle is 64-bit: refuse 32-bit Windows and install in 64-bit mode.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto
CloseApplications=yes
#ifdef SignWithTool
SignTool=tdsign
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Which translations come with the compiler differs between Inno Setup releases (Simplified
; Chinese became official only recently), so each is used when the compiler has it.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\Japanese.isl")
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program writes next to itself are none (settings and logs live in the user's
; AppData folders, which uninstalling leaves alone); this removes Python's caches only.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
