// The vault that holds the app's secrets. RBAC decides who reads them (access.bicep grants the app
// alone); the deployment writes them through Azure Resource Manager, which needs no data-plane role.

@description('Azure region for the vault.')
param location string

@description('Name of the vault (3-24 letters, digits and hyphens, globally unique).')
@minLength(3)
@maxLength(24)
param vaultName string

@secure()
@description('Slack signing secret.')
param slackSigningSecret string

@secure()
@description('Slack OAuth client secret.')
param slackClientSecret string

@secure()
@description('Client secret of the Teams bot\'s Entra app registration.')
param teamsAppPassword string

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: vaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource slackSigningSecretEntry 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'slack-signing-secret'
  properties: {
    value: slackSigningSecret
  }
}

resource slackClientSecretEntry 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'slack-client-secret'
  properties: {
    value: slackClientSecret
  }
}

resource teamsAppPasswordEntry 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'teams-app-password'
  properties: {
    value: teamsAppPassword
  }
}

// Versionless URIs: App Service follows the latest version, so rotating a secret needs no redeploy.
@description('Name of the vault.')
output vaultName string = vault.name

@description('Versionless URI of the Slack signing secret.')
output slackSigningSecretUri string = slackSigningSecretEntry.properties.secretUri

@description('Versionless URI of the Slack client secret.')
output slackClientSecretUri string = slackClientSecretEntry.properties.secretUri

@description('Versionless URI of the Teams app password.')
output teamsAppSecretUri string = teamsAppPasswordEntry.properties.secretUri
