; Inno Setup 6 script: the per-machine Windows installer of toolkit-desktop.
; Why Inno Setup (not WiX or NSIS): see packaging/README.md. Built by .github/workflows/windows.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\toolkit-desktop.iss
; from the PyInstaller bundle in dist\toolkit-desktop. Pushed by Intune or SCCM with
;   toolkit-desktop-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG=C:\Windows\Temp\toolkit-desktop-install.log
; and removed with
;   "C:\Program Files\toolkit-desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; which leaves every user's cases where they are (see [Code] below).

#ifndef AppVersion
  #error Pass the package version: iscc /DAppVersion=0.1.0 toolkit-desktop.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\toolkit-desktop"
#endif
#define AppName "Trafficked children toolkit"
#define AppExe "toolkit-desktop.exe"

[Setup]
; Fixed for ever: Windows and Intune know the installed app by this id, so an upgrade replaces
; the old version in place. A new id would install a second copy beside the first.
AppId={{65B95CA2-9332-4A90-91B3-E42FF7920E22}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=toolkit-desktop contributors
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per machine, in Program Files, for every user of the laptop; an install needs an administrator
; (Intune and SCCM install as SYSTEM), and users cannot change the program.
PrivilegesRequired=admin
DefaultDirName={autopf}\toolkit-desktop
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=toolkit-desktop-{#AppVersion}-setup
SetupIconFile=..\icons\toolkit-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile=..\..\LICENSE
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An upgrade while the app is open asks it to close (Restart Manager) rather than failing.
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
#ifdef Sign
; iscc /DSign "/Scouncil=signtool sign ... $f" signs the installer and its uninstaller.
SignTool=council
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Put a shortcut on the desktop"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{#AppName} (practice)"; Filename: "{app}\{#AppExe}"; Parameters: "--training"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "Open the toolkit now"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program's own folder: nothing under a user's profile is ever removed here.
Type: filesandordirs; Name: "{app}"

[Code]
{ Uninstalling removes the program and keeps the cases. The vault, its backups, the settings and
  the logs (all under %LOCALAPPDATA%\toolkit-desktop) are removed only when someone chooses it:
  an interactive uninstall asks, with No as the default button; a silent one (Intune, SCCM)
  never asks and keeps them, unless IT adds /REMOVEUSERDATA to the command line.
  Inno Setup's [Tasks] are chosen at install time, so the choice is made here instead.
  Only the account running the uninstaller is affected: see packaging/README.md for the others. }

const
  UserDataFolder = '{localappdata}\toolkit-desktop';
  RemoveUserDataSwitch = '/REMOVEUSERDATA';

function RemoveUserDataOnCommandLine(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), RemoveUserDataSwitch) = 0 then
      Result := True;
end;

function UserChoosesToRemoveData(Folder: String): Boolean;
begin
  Result := MsgBox('Also delete the cases, backups and settings kept on this computer for your ' +
    'account, in ' + Folder + '?' + #13#10#13#10 +
    'Nobody can recover them afterwards. Choose No unless every case has been passed on or ' +
    'is no longer needed.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
  Remove: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Folder := ExpandConstant(UserDataFolder);
  if not DirExists(Folder) then
    Exit;
  Remove := RemoveUserDataOnCommandLine();
  if (not Remove) and (not UninstallSilent()) then
    Remove := UserChoosesToRemoveData(Folder);
  if Remove then
    DelTree(Folder, True, True, True);
end;
