// The Azure Bot registration that connects Microsoft Teams to the app's /api/messages endpoint.

@description('Name of the bot resource (globally unique).')
param botName string

@description('Display name of the bot.')
param displayName string

@description('Application (client) id of the bot\'s single-tenant Entra app registration.')
param appId string

@description('Directory (tenant) id of that app registration.')
param tenantId string

@description('HTTPS URL of the app\'s Bot Framework endpoint.')
param messagingEndpoint string

@description('F0 is free and covers Teams (a standard channel); S1 lifts the premium channel limits.')
@allowed([
  'F0'
  'S1'
])
param skuName string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppType: 'SingleTenant'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}
