/**
 * The Excel add-in manifest (XML, TaskPaneApp) with `{{PLACEHOLDERS}}` that `renderManifest`
 * fills: the base URL differs between the local stack (https://localhost:3000) and CloudFront.
 *
 * Why it looks like this:
 * - One shared runtime (`Taskpane.Url`, lifetime long) hosts the task pane and the custom
 *   functions, so both see the same sign-in and state. The runtime, the custom-functions page,
 *   the FunctionFile and the task pane button must all name the same resid for that to happen.
 * - Requirements: SharedRuntime 1.1; CustomFunctionsRuntime 1.3 because our errors use
 *   `CustomFunctions.ErrorCode` with messages, which Office documents from that set on.
 * - Task pane apps only have VersionOverrides V1_0 (the 1.1 schema is for Outlook).
 */
import { ADDIN_FILES } from './files';

const url = (file: string) => `{{BASE_URL}}/${file}`;

export const MANIFEST_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
  xsi:type="TaskPaneApp">
  <Id>{{ID}}</Id>
  <Version>{{VERSION}}</Version>
  <ProviderName>Rentan</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="{{DISPLAY_NAME}}">
    <Override Locale="id-ID" Value="{{DISPLAY_NAME}}"/>
  </DisplayName>
  <Description DefaultValue="Cost, check and fund BPJS Ketenagakerjaan cover for vulnerable workers (pekerja rentan).">
    <Override Locale="id-ID" Value="Hitung biaya, periksa dan danai iuran BPJS Ketenagakerjaan pekerja rentan."/>
  </Description>
  <IconUrl DefaultValue="${url(ADDIN_FILES.icon32)}"/>
  <HighResolutionIconUrl DefaultValue="${url(ADDIN_FILES.icon80)}"/>
  <SupportUrl DefaultValue="${url(ADDIN_FILES.page)}"/>
{{APP_DOMAINS}}  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="SharedRuntime" MinVersion="1.1"/>
      <Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url(ADDIN_FILES.page)}"/>
  </DefaultSettings>
  <Permissions>ReadWriteDocument</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes>
          <Runtime resid="Taskpane.Url" lifetime="long"/>
        </Runtimes>
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Taskpane.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>
          </GetStarted>
          <FunctionFile resid="Taskpane.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="Rentan.Group">
                <Label resid="Group.Label"/>
                <Icon>
                  <bt:Image size="16" resid="Icon.16x16"/>
                  <bt:Image size="32" resid="Icon.32x32"/>
                  <bt:Image size="80" resid="Icon.80x80"/>
                </Icon>
                <Control xsi:type="Button" id="Rentan.TaskpaneButton">
                  <Label resid="TaskpaneButton.Label"/>
                  <Supertip>
                    <Title resid="TaskpaneButton.Label"/>
                    <Description resid="TaskpaneButton.Tooltip"/>
                  </Supertip>
                  <Icon>
                    <bt:Image size="16" resid="Icon.16x16"/>
                    <bt:Image size="32" resid="Icon.32x32"/>
                    <bt:Image size="80" resid="Icon.80x80"/>
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>Rentan.Taskpane</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16x16" DefaultValue="${url(ADDIN_FILES.icon16)}"/>
        <bt:Image id="Icon.32x32" DefaultValue="${url(ADDIN_FILES.icon32)}"/>
        <bt:Image id="Icon.80x80" DefaultValue="${url(ADDIN_FILES.icon80)}"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Taskpane.Url" DefaultValue="${url(ADDIN_FILES.page)}"/>
        <bt:Url id="Functions.Script.Url" DefaultValue="${url(ADDIN_FILES.script)}"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${url(ADDIN_FILES.metadata)}"/>
        <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${url(ADDIN_FILES.page)}"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Functions.Namespace" DefaultValue="RENTAN"/>
        <bt:String id="Group.Label" DefaultValue="Rentan"/>
        <bt:String id="TaskpaneButton.Label" DefaultValue="Rentan">
          <bt:Override Locale="id-ID" Value="Rentan"/>
        </bt:String>
        <bt:String id="GetStarted.Title" DefaultValue="Rentan is ready">
          <bt:Override Locale="id-ID" Value="Rentan siap digunakan"/>
        </bt:String>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="TaskpaneButton.Tooltip" DefaultValue="Open Rentan to check and submit a roster of workers.">
          <bt:Override Locale="id-ID" Value="Buka Rentan untuk memeriksa dan mengajukan daftar pekerja."/>
        </bt:String>
        <bt:String id="GetStarted.Description" DefaultValue="Type =RENTAN. in a cell for the formulas, or open Rentan from the Home tab.">
          <bt:Override Locale="id-ID" Value="Ketik =RENTAN. di sel untuk rumus, atau buka Rentan dari tab Beranda."/>
        </bt:String>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
