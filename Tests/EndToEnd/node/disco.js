'use strict';
// Every Discovery operation through node-soap: Query as any application, the SvcMD operations as a registrar.
const crypto = require('node:crypto');
const { check, code, many, portClient } = require('./liberty');

const NULL_BEARER = 'urn:liberty:security:2005-02:null:Bearer';

function svcMd(provider, serviceType, address, svcMDID) {
  return {
    ...(svcMDID ? { attributes: { svcMDID } } : {}),
    Abstract: 'node-soap test service',
    ProviderID: provider,
    ServiceContext: [{
      ServiceType: [serviceType],
      EndpointContext: [{ Address: [address], Framework: [{ attributes: { version: '2.0' } }], SecurityMechID: [NULL_BEARER] }],
    }],
  };
}

async function disco(base, port, sender, token) {
  const disco = await portClient(`${base}/disco?wsdl`, 'DiscoService', port);
  const call = (operation, args) => disco.call(operation, args, sender, token);

  const [found] = await call('Query', { RequestedService: [{ ServiceType: ['urn:3gpp:gup:2006-08:rg'] }] });
  check(code(found) === 'OK' && many(found.EndpointReference).length === 1, `${port} Disco Query for the GUP Server`, found);

  const serviceType = `urn:example:node:${crypto.randomUUID()}`;
  const [registered] = await call('SvcMDRegister', { SvcMD: [svcMd(sender, serviceType, 'https://node.example/a')] });
  const id = many(registered.SvcMDID)[0];
  check(code(registered) === 'OK' && id, `${port} Disco SvcMDRegister`, registered);
  const [queried] = await call('SvcMDQuery', { SvcMDID: [id] });
  check(code(queried) === 'OK' && many(queried.SvcMD).length === 1, `${port} Disco SvcMDQuery`, queried);
  const [replaced] = await call('SvcMDReplace', { SvcMD: [svcMd(sender, serviceType, 'https://node.example/b', id)] });
  check(code(replaced) === 'OK', `${port} Disco SvcMDReplace`, replaced);
  const [added] = await call('SvcMDAssociationAdd', { SvcMDID: [id] });
  check(code(added) === 'OK', `${port} Disco SvcMDAssociationAdd`, added);
  const [associated] = await call('SvcMDAssociationQuery', { SvcMDID: [id] });
  check(code(associated) === 'OK' && many(associated.SvcMDID)[0] === id, `${port} Disco SvcMDAssociationQuery`, associated);
  const [ended] = await call('SvcMDAssociationDelete', { SvcMDID: [id] });
  check(code(ended) === 'OK', `${port} Disco SvcMDAssociationDelete`, ended);
  const [deleted] = await call('SvcMDDelete', { SvcMDID: [id] });
  check(code(deleted) === 'OK', `${port} Disco SvcMDDelete`, deleted);
}

module.exports = { disco };
