// The app's settings, applied once its identity may read the vault and the tables, so that the first
// start resolves the Key Vault references. Secrets appear only as references, never as values, and
// storage is reached by endpoint and identity, never by key or connection string.

@description('Name of the site.')
param siteName string

@description('The Table service endpoint of the shared storage account.')
param tableEndpoint string

@description('Application Insights connection string (an ingestion address, not a key).')
param appInsightsConnectionString string

@description('Service name reported to OpenTelemetry.')
param serviceName string

@description('Slack app client id (for OAuth installs).')
param slackClientId string

@description('Application (client) id of the Teams bot.')
param teamsAppId string

@description('Directory (tenant) id of the Teams bot.')
param teamsTenantId string

@description('Versionless Key Vault URI of the Slack signing secret.')
param slackSigningSecretUri string

@description('Versionless Key Vault URI of the Slack client secret.')
param slackClientSecretUri string

@description('Versionless Key Vault URI of the Teams app password.')
param teamsAppSecretUri string

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: siteName
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    Storage__Provider: 'AzureTables'
    Storage__AzureTables__ServiceUri: tableEndpoint
    Slack__ClientId: slackClientId
    Slack__SigningSecret: '@Microsoft.KeyVault(SecretUri=${slackSigningSecretUri})'
    Slack__ClientSecret: '@Microsoft.KeyVault(SecretUri=${slackClientSecretUri})'
    Teams__AppId: teamsAppId
    Teams__TenantId: teamsTenantId
    Teams__AppPassword: '@Microsoft.KeyVault(SecretUri=${teamsAppSecretUri})'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    OTEL_SERVICE_NAME: serviceName
    // App Service terminates TLS in front of the app: trust its X-Forwarded-* headers so the host sees
    // https and the public host name (for example in the Slack OAuth redirect URL).
    ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
    // The port App Service's .NET image forwards to; it also moves the host off its loopback default.
    ASPNETCORE_HTTP_PORTS: '8080'
    Playground__Enabled: 'false'
  }
}
