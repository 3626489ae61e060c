'use strict';
// node-soap (npm `soap`), an independent SOAP client, loads every GupSoap WSDL by URL and calls every operation of
// every service port, SOAP 1.1 and SOAP 1.2, writing every xs:QName and Select with the well-known prefixes undeclared.
// Usage: node every_operation.js BASE_URL   with GUPSOAP_TOKEN_NODE (the application's token), GUPSOAP_TOKEN_NODE_ALICE
// (the same application acting for alice, whom Discovery associations are made for), GUPSOAP_TOKEN_NODE_USER (a device
// token of MCPTT user GUPSOAP_MCPTT_USER).
// Prints one line per step; exit code 0 when every step behaved.
const { rg } = require('./rg');
const { rp } = require('./rp');
const { disco } = require('./disco');
const { cm } = require('./cm');

const SENDER = 'urn:gupsoap:app:node';

async function main() {
  const base = (process.argv[2] ?? '').replace(/\/$/, '');
  const token = process.env.GUPSOAP_TOKEN_NODE;
  const aliceToken = process.env.GUPSOAP_TOKEN_NODE_ALICE;
  const userToken = process.env.GUPSOAP_TOKEN_NODE_USER;
  const user = process.env.GUPSOAP_MCPTT_USER;
  if (!base || !token || !aliceToken || !userToken || !user) {
    console.log('usage: node every_operation.js BASE_URL (with GUPSOAP_TOKEN_NODE, GUPSOAP_TOKEN_NODE_ALICE, GUPSOAP_TOKEN_NODE_USER, GUPSOAP_MCPTT_USER)');
    process.exit(2);
  }

  for (const version of ['Soap11', 'Soap12']) {
    await rg(base, `Rg${version}Port`, SENDER, token);
    await rp(base, `Rp${version}Port`, SENDER, token);
    await disco(base, `Disco${version}Port`, SENDER, aliceToken);
    await cm(base, `McpttCm${version}Port`, SENDER, userToken, user);
  }

  console.log('node-soap every operation passed');
}

main().catch((error) => {
  console.log(`FAIL ${error.message}`);
  process.exit(1);
});
