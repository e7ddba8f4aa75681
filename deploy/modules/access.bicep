// What the app's identity may do, and nothing more: read and write table data in the one storage
// account, and read secrets in the one vault. No other principal gets a role here.

@description('Name of the site whose identity gets the roles; it keeps the assignment names stable.')
param siteName string

@description('Object id of the site\'s system-assigned identity.')
param principalId string

@description('Name of the storage account the app uses.')
param storageAccountName string

@description('Name of the vault that holds the app\'s secrets.')
param vaultName string

// Built-in role definitions (ids are the same in every tenant).
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: siteName
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: vaultName
}

resource tableData 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storageAccount.id, site.id, storageTableDataContributor)
  scope: storageAccount
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}
