; Inno Setup script for the TechMates Desk Windows installer (docs/packaging.md).
; build-windows.ps1 fills the stage folder and calls:
;   ISCC.exe /DAppVersion=0.1.0 /DStageDir=C:\...\stage /DOutputDir=C:\...\dist techmates-desk.iss
; Result: TechMatesDesk-<version>-setup.exe, a per-machine 64-bit installer with a Start-menu shortcut.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (the project() version in CMakeLists.txt)
#endif
#ifndef StageDir
  #error Pass /DStageDir=<folder made by build-windows.ps1>
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif

[Setup]
; AppId is fixed for ever: Windows finds an installed TechMates Desk by it to upgrade or remove it.
AppId={{6F0E7B52-3C1D-4E8A-9B57-2D4C8A1F5E93}
AppName=TechMates Desk
AppVersion={#AppVersion}
AppVerName=TechMates Desk {#AppVersion}
AppPublisher=TechMates Desk
DefaultDirName={autopf}\TechMates Desk
DefaultGroupName=TechMates Desk
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\techmates-desk.exe
OutputDir={#OutputDir}
OutputBaseFilename=TechMatesDesk-{#AppVersion}-setup
SetupIconFile=techmates-desk.ico
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
; The store (%LOCALAPPDATA%\TechMates\TechMates Desk\techmates.db) belongs to the person and is never removed.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Everything windeployqt and build-windows.ps1 put in the stage folder: the program, Qt and its plugins
; (platforms\qwindows.dll, sqldrivers\qsqlite.dll, iconengines\qsvgicon.dll, imageformats, styles,
; translations), qt6keychain, libsodium, sqlite3, libqrencode and the compiler runtime.
Source: "{#StageDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\TechMates Desk"; Filename: "{app}\techmates-desk.exe"
Name: "{autodesktop}\TechMates Desk"; Filename: "{app}\techmates-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\techmates-desk.exe"; Description: "{cm:LaunchProgram,TechMates Desk}"; Flags: nowait postinstall skipifsilent
