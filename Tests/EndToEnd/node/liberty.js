'use strict';
// What the node-soap checks share: the Liberty SOAP Binding 2.0 headers, a promise per call on a chosen port, and the
// one-line-per-step checks (`ok <what>` or `FAIL <what>: <detail>` and exit code 1).
const crypto = require('node:crypto');
const soap = require('soap');

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';

/** sbf:Framework, sb:Sender, a fresh wsa:MessageID and wsse:Security with a fresh wsu:Timestamp and the token. */
function libertyHeaders(sender, token) {
  return [
    '<sbf:Framework xmlns:sbf="urn:liberty:sb" version="2.0"/>',
    `<sb:Sender xmlns:sb="urn:liberty:sb:2006-08" providerID="${sender}"/>`,
    `<wsa:MessageID xmlns:wsa="http://www.w3.org/2005/08/addressing">urn:uuid:${crypto.randomUUID()}</wsa:MessageID>`,
    `<wsse:Security xmlns:wsse="${WSSE}" xmlns:wsu="${WSU}"><wsu:Timestamp><wsu:Created>${new Date().toISOString()}</wsu:Created></wsu:Timestamp>${token}</wsse:Security>`,
  ];
}

/** A client of the WSDL at `wsdlUrl` whose calls go through `port` (SOAP 1.2 ports need SOAP 1.2 envelopes). */
async function portClient(wsdlUrl, service, port) {
  const soap12 = port.includes('Soap12');
  const client = await soap.createClientAsync(wsdlUrl, { forceSoap12Headers: soap12 });
  const operations = Object.keys(client.describe()[service][port]);
  return {
    operations,
    /** Calls `operation` with fresh Liberty headers; resolves to [result, raw response, raw request]. */
    call(operation, args, sender, token) {
      client.clearSoapHeaders();
      for (const header of libertyHeaders(sender, token)) {
        client.addSoapHeader(header);
      }
      return new Promise((resolve, reject) => client[service][port][operation](args, (err, result, raw, _headers, request) =>
        (err ? reject(new Error(`${operation}: ${err.message} ${err.body ?? ''}`)) : resolve([result, raw, request]))));
    },
    /** Calls `operation` expecting a SOAP fault; resolves to { status: HTTP status, fault: the parsed Fault }. */
    fault(operation, args, sender, token) {
      client.clearSoapHeaders();
      for (const header of libertyHeaders(sender, token)) {
        client.addSoapHeader(header);
      }
      return new Promise((resolve, reject) => client[service][port][operation](args, (err) =>
        (err ? resolve({ status: err.response?.status, fault: err.root?.Envelope?.Body?.Fault }) : reject(new Error(`${operation} succeeded, a fault was expected`)))));
    },
  };
}

function check(condition, what, detail) {
  if (!condition) {
    console.log(`FAIL ${what}` + (detail === undefined ? '' : `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`));
    process.exit(1);
  }
  console.log(`ok ${what}`);
}

/** The code of a response's top-level lu:Status (node-soap returns a response made of lu:Status alone as that Status). */
function code(result) {
  const status = result.Status ?? result;
  return status?.attributes?.code;
}

/** The text of an element that node-soap read as text with attributes, or as plain text. */
function text(value) {
  return typeof value === 'object' && value !== null ? value.$value : value;
}

/** Arrays as node-soap hands them over: one occurrence is an object, several an array. */
function many(value) {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

module.exports = { check, code, many, portClient, text };
