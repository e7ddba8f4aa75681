// StatusBot on Azure: several instances of the host on App Service sharing one Azure Table Storage
// account, secrets in Key Vault, no keys or connection strings anywhere in the app's settings.
// Deploy: az deployment group create -g <group> -f deploy/main.bicep -p @deploy/main.parameters.example.json

@description('Short prefix for every resource name: 2-10 lowercase letters and digits, starting with a letter.')
@minLength(2)
@maxLength(10)
param namePrefix string

@description('Azure region for the resources (the bot registration itself is global).')
param location string = resourceGroup().location

@description('App Service plan size. Always On and several instances need Basic or above.')
param appServiceSkuName string = 'P0v3'

@description('Number of app instances.')
@minValue(1)
@maxValue(30)
param instanceCount int = 2

@description('Redundancy of the storage account.')
param storageSkuName string = 'Standard_LRS'

@description('Application (client) id of the bot\'s single-tenant Entra app registration.')
param teamsAppId string

@description('Directory (tenant) id of that app registration.')
param teamsTenantId string = tenant().tenantId

@description('Client id of the Slack app (Basic Information page).')
param slackClientId string

@secure()
@description('Signing secret of the Slack app.')
param slackSigningSecret string

@secure()
@description('Client secret of the Slack app.')
param slackClientSecret string

@secure()
@description('Client secret of the bot\'s Entra app registration.')
param teamsAppPassword string

// Names of global scope (host name, storage account, vault, bot handle) carry a suffix that is stable
// for this resource group and prefix, so a redeployment updates the same resources.
var prefix = toLower(namePrefix)
var suffix = uniqueString(resourceGroup().id, prefix)
var names = {
  plan: '${prefix}-plan'
  site: '${prefix}-${suffix}'
  storage: take('${prefix}${suffix}', 24)
  vault: take('${prefix}-kv-${suffix}', 24)
  workspace: '${prefix}-logs'
  appInsights: '${prefix}-appi'
  bot: '${prefix}-bot-${suffix}'
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    accountName: names.storage
    skuName: storageSkuName
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    vaultName: names.vault
    slackSigningSecret: slackSigningSecret
    slackClientSecret: slackClientSecret
    teamsAppPassword: teamsAppPassword
  }
}

// App Service rather than Container Apps: zip deploy with no registry, a built-in health check that
// drains an unready instance, and plain scale-out (see modules/app.bicep).
module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    location: location
    planName: names.plan
    siteName: names.site
    skuName: appServiceSkuName
    instanceCount: instanceCount
  }
}

// Names known before the deployment starts (not module outputs) keep What-If precise; the explicit
// dependsOn entries stand in for the outputs that would otherwise order the modules.
module access 'modules/access.bicep' = {
  name: 'access'
  params: {
    siteName: names.site
    principalId: app.outputs.principalId
    storageAccountName: names.storage
    vaultName: names.vault
  }
  dependsOn: [
    storage
    vault
  ]
}

module appSettings 'modules/app-settings.bicep' = {
  name: 'app-settings'
  params: {
    siteName: names.site
    tableEndpoint: storage.outputs.tableEndpoint
    appInsightsConnectionString: monitoring.outputs.connectionString
    serviceName: 'statusbot'
    slackClientId: slackClientId
    teamsAppId: teamsAppId
    teamsTenantId: teamsTenantId
    slackSigningSecretUri: vault.outputs.slackSigningSecretUri
    slackClientSecretUri: vault.outputs.slackClientSecretUri
    teamsAppSecretUri: vault.outputs.teamsAppSecretUri
  }
  // The Key Vault references resolve when the settings change: grant the roles first.
  dependsOn: [
    app
    access
  ]
}

var baseUrl = 'https://${app.outputs.hostName}'

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    botName: names.bot
    displayName: 'StatusBot'
    appId: teamsAppId
    tenantId: teamsTenantId
    messagingEndpoint: '${baseUrl}/api/messages'
  }
}

@description('Public base URL of the app.')
output baseUrl string = baseUrl

@description('Slack app: Slash Commands, Request URL of /slip, /commit and /digest.')
output slackCommandsUrl string = '${baseUrl}/slack/commands'

@description('Slack app: Interactivity & Shortcuts, Request URL.')
output slackInteractionsUrl string = '${baseUrl}/slack/interactions'

@description('Slack app: Event Subscriptions, Request URL.')
output slackEventsUrl string = '${baseUrl}/slack/events'

@description('Slack app: OAuth & Permissions, Redirect URL.')
output slackOAuthRedirectUrl string = '${baseUrl}/slack/oauth/callback'

@description('Link that installs the Slack app into a workspace.')
output slackInstallUrl string = '${baseUrl}/slack/install'

@description('Teams: the bot\'s messaging endpoint (already set on the Azure Bot resource).')
output teamsMessagingEndpoint string = '${baseUrl}/api/messages'

@description('Name of the web app, for az webapp deploy.')
output webAppName string = app.outputs.siteName
