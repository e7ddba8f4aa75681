// The web app that runs the .NET 10 host: a Linux App Service plan and a site with a system-assigned
// identity. App settings are applied separately (app-settings.bicep), after the identity has its roles.
//
// Why App Service rather than Container Apps: the host is a plain framework-dependent .NET app, so a
// zip deploy of `dotnet publish` output is all it takes (no container registry to run and secure);
// App Service has a built-in health check that takes an unready instance out of the load balancer,
// scale-out to a fixed instance count, Always On for the scheduler, and Key Vault references.

@description('Azure region for the plan and the site.')
param location string

@description('Name of the App Service plan.')
param planName string

@description('Name of the site; also its host name, <name>.azurewebsites.net.')
param siteName string

@description('Plan size. Always On and several instances need Basic or above.')
param skuName string

@description('Number of instances; they share storage and claim scheduled work with leases.')
@minValue(1)
@maxValue(30)
param instanceCount int

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Nothing is kept in server memory between requests, so any instance may answer any request.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/readyz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
  }
}

// No FTP user names and passwords; deployments go through `az webapp deploy`.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

@description('Name of the site.')
output siteName string = site.name

@description('Public host name of the site.')
output hostName string = site.properties.defaultHostName

@description('Object id of the site\'s system-assigned identity.')
output principalId string = site.identity.principalId
